type ListOrSet[T] = list[T] | set[T]
type Mapping2[K, V] = dict[K, list[V]]
print(ListOrSet.__name__, [p.__name__ for p in ListOrSet.__type_params__])
print(ListOrSet.__value__)
print(ListOrSet[int])
print(Mapping2[str, int])
def group[K, V](pairs: list[tuple[K, V]]) -> Mapping2[K, V]:
    out: dict = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out
print(group([("a", 1), ("b", 2), ("a", 3)]))
type Lazy = UndefinedYet
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError:
    print("NameError on lazy alias value")
