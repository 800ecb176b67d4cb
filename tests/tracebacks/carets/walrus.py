if (n := len(5)) > 1:
    pass
