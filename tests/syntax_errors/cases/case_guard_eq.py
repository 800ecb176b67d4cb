match x:
    case int(s) if s = 90:
        pass
