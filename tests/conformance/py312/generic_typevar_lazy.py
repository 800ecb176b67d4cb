# TypeVar bounds, constraints and defaults are evaluated lazily, once, on first read.
log = []
def note(label, value):
    log.append(label)
    return value
def sort_key[K: note("bound", Sortable)](items: list[K]) -> list[K]:
    return sorted(items)
print("defined", log)
K = sort_key.__type_params__[0]
try:
    K.__bound__
except NameError as e:
    print("NameError:", e)
print("after failed read", log)
Sortable = int
print(K.__bound__.__name__, K.__bound__ is K.__bound__, log)
print(sort_key([3, 1, 2]), K.__constraints__, K.__name__)
class Pick[C: (note("c1", int), note("c2", Later))]:
    def __init__(self, value: C):
        self.value = value
Later = str
C = Pick.__type_params__[0]
print(log)
print(C.__constraints__, C.__bound__, log)
print([Pick(v).value for v in (1, "a")])
for flag in ("__covariant__", "__contravariant__", "__infer_variance__"):
    print(flag, getattr(C, flag))
def plain[T](x: T) -> T:
    return x
T = plain.__type_params__[0]
print(repr(T), T.__bound__, T.__constraints__, T.has_default(), T.__default__)
class WithDefault[D = note("default", list[int])]:
    pass
D = WithDefault.__type_params__[0]
print(log[-1], D.has_default(), D.__default__, log[-1])
print(plain.__annotations__)
