import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"__point__": [o.x, o.y]}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({"p": Point(0, -1)}, default=lambda o: f"P({o.x},{o.y})"))
try:
    json.dumps(object())
except TypeError as error:
    print("TypeError", "not JSON serializable" in str(error))
try:
    json.dumps(Point(1, 1), cls=PointEncoder, default=None)
    json.dumps(complex(1, 2), cls=PointEncoder)
except TypeError as error:
    print("TypeError", str(error))
