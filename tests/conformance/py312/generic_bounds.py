class Comparable:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"C({self.v})"
def biggest[T: Comparable](xs: list[T]) -> T:
    best = xs[0]
    for x in xs[1:]:
        if best < x:
            best = x
    return best
print(biggest([Comparable(3), Comparable(9), Comparable(1)]))
T = biggest.__type_params__[0]
print(T.__name__, T.__bound__.__name__)
def star[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
print(star(1, "a", None), star.__type_params__[0].__name__)
def params[**P](f):
    return f
print(params(len)("abc"), params.__type_params__[0].__name__)
