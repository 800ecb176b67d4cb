# What class C[T] builds: Generic base, __orig_bases__, __parameters__, C[int].
class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
print(Box.__mro__, Box.__bases__)
print(Box.__orig_bases__, Box.__parameters__, Box.__type_params__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__, Box[int].__name__)
b = Box[str]("s")
print(b.item, b.__orig_class__, sorted(vars(b)), isinstance(b, Box))
print(Box[int] == Box[int], Box[int] == Box[str], len({Box[int], Box[int]}))
class IntBox(Box[int]):
    pass
class Labelled[T, L](Box[T]):
    def __init__(self, item: T, label: L) -> None:
        super().__init__(item)
        self.label = label
class Sub(Labelled):
    pass
print(IntBox.__mro__, IntBox.__orig_bases__, IntBox.__parameters__)
print(Labelled.__bases__, Labelled.__orig_bases__, Labelled.__parameters__)
print(Sub.__parameters__, Sub("x", 1).label, Labelled[int, str]("y", 2).item)
print(Box[Box[int]], Labelled[Box[int], None])
T = Labelled.__type_params__[0]
print(Box[T][bytes], Box[list[T]].__parameters__, Box[T].__parameters__)
print(Box[int].__mro_entries__((Box[int],)), type(Box[int]).__name__)
for expr in ("Box[int, str]", "IntBox[int]", "Box[int][str]"):
    try:
        print(eval(expr))
    except TypeError as e:
        print("TypeError:", e)
def deco(cls):
    print("decorating", cls.__name__, cls.__type_params__)
    return cls
@deco
class Decorated[K, V](dict[K, V]):
    pass
print(Decorated.__mro__, Decorated[str, int].__parameters__, Decorated().__class__)
