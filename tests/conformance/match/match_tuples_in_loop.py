events = [("click", 10, 20), ("key", "a"), ("key", "Enter"), ("scroll", -3), ("click", 0, 0), ("quit",)]
for ev in events:
    match ev:
        case ("click", 0, 0):
            print("click at origin")
        case ("click", x, y):
            print(f"click at {x},{y}")
        case ("key", "Enter"):
            print("enter pressed")
        case ("key", k):
            print("key", k)
        case ("scroll", d) if d < 0:
            print("scroll up", -d)
        case ("quit",):
            print("quit")
            break
