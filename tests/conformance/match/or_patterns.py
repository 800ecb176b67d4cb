def cmd(c):
    match c.split():
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["go", ("north" | "south") as d]:
            return f"moving {d}"
        case ["go", _]:
            return "bad direction"
        case [("get" | "take"), item] | ["pick", "up", item]:
            return f"got {item}"
        case []:
            return "nothing"
        case _:
            return "unknown"
for c in ["quit", "q", "go north", "go up", "take lamp", "pick up key", "", "dance now"]:
    print(repr(c), "->", cmd(c))
match 5:
    case 1 | 2:
        print("small")
    case 4 | 5 | 6:
        print("medium")
