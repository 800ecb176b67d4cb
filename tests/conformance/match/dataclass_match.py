from dataclasses import dataclass
@dataclass
class Circle:
    r: float
@dataclass
class Rect:
    w: float
    h: float
@dataclass
class Tri:
    a: float
    b: float
    c: float
def area(s):
    match s:
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Tri(a, b, c):
            p = (a + b + c) / 2
            return round((p * (p - a) * (p - b) * (p - c)) ** 0.5, 2)
for s in [Circle(1), Rect(2, 2), Rect(2, 3), Tri(3, 4, 5)]:
    print(s, area(s))
print(Rect.__match_args__)
