class Color:
    RED = "red"
    GREEN = "green"
class Http:
    OK = 200
    NOT_FOUND = 404
def status(code):
    match code:
        case Http.OK:
            return "ok"
        case Http.NOT_FOUND:
            return "missing"
        case _:
            return "unknown"
print(status(200), status(404), status(500))
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
    return "no match"
print(paint("red"), paint("green"), paint("blue"))
import math
match math.pi:
    case math.pi:
        print("value pattern with module attr")
