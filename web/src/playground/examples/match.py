# Pattern matching with match

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def describe(command):
    match command:
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"walking {direction}"
        case ["pick", "up", *things] if things:
            return f"picking up {', '.join(things)}"
        case {"action": "say", "text": str(text)}:
            return f"saying {text!r}"
        case Point(x=0, y=0):
            return "at the origin"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere else: {command}"
        case int(n) | float(n) if n < 0:
            return "a negative number"
        case _:
            return "no idea"


for command in [
    ["go", "north"],
    ["pick", "up", "a key", "a lamp"],
    {"action": "say", "text": "hello"},
    Point(0, 0),
    Point(3, 3),
    Point(1, 2),
    -4.5,
    "dance",
]:
    print(f"{command!s:35} -> {describe(command)}")
