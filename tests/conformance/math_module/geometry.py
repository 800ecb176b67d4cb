import math
def polygon_area(pts):
    s = 0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        s += x1 * y2 - x2 * y1
    return abs(s) / 2
print(polygon_area([(0, 0), (4, 0), (4, 3), (0, 3)]))
print(polygon_area([(0, 0), (1, 0), (0, 1)]))
def circle(r):
    return round(math.pi * r * r, 6), round(2 * math.pi * r, 6)
print(circle(1), circle(2.5))
def rotate(p, deg):
    t = math.radians(deg)
    x, y = p
    return (round(x * math.cos(t) - y * math.sin(t), 9), round(x * math.sin(t) + y * math.cos(t), 9))
print(rotate((1, 0), 90), rotate((1, 1), 180), rotate((2, 0), 45))
a, b, c = 3, 4, 5
angle_c = math.degrees(math.acos((a * a + b * b - c * c) / (2 * a * b)))
print(round(angle_c, 6))
