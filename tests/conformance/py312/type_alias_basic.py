type Point = tuple[float, float]
type Matrix = list[list[float]]
print(Point.__name__, type(Point).__name__)
print(Point.__value__)
print(Matrix.__value__)
def dist(p: Point, q: Point) -> float:
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5
print(dist((0, 0), (3, 4)))
type Recursive = list[Recursive] | int
print(Recursive.__name__, Recursive.__value__)
print(Point.__type_params__)
