def first[T](items: list[T]) -> T:
    return items[0]
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
print(first([3, 2, 1]), first("abc"), pair("a", 1))
print(first.__type_params__)
print([p.__name__ for p in pair.__type_params__])
def clamp[N: (int, float)](x: N, lo: N, hi: N) -> N:
    return max(lo, min(x, hi))
print(clamp(15, 0, 10), clamp(-0.5, 0.0, 1.0))
T = clamp.__type_params__[0]
print(T.__name__, T.__constraints__)
