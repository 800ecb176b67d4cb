# | with type parameters: typing.Union (3.13) for TypeVars and typing aliases,
# types.UnionType for builtin generic aliases and type aliases.
class Box[T]:
    pass
T = Box.__type_params__[0]
def show(label, u):
    print(label, u, type(u).__name__)
show("T|None", T | None)
show("None|T", None | T)
show("T|int|str", T | int | str)
show("T|T", T | T)
show("int|T", int | T)
show("Box[int]|None", Box[int] | None)
show("Box[T]|list[T]", Box[T] | list[T])
show("list[T]|None", list[T] | None)
show("list[T]|set[T]", list[T] | set[T])
show("(int|str)|list[T]", (int | str) | list[T])
u = T | int
print(u.__args__, u.__parameters__, u == (int | T), u == (T | str), hash(u) == hash(int | T))
print(u[str], u[str].__args__ if hasattr(u[str], "__args__") else None)
g = list[T] | set[T] | None
print(g.__args__, g.__parameters__, g[int], g[bytes].__args__)
type Alias[K] = dict[K, int]
show("Alias|None", Alias | None)
show("Alias[str]|int", Alias[str] | int)
try:
    g[int, str]
except TypeError as e:
    print("TypeError:", e)
