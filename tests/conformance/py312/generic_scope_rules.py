# Where type parameter names are visible: the def/class body, methods, nested
# functions, lambdas, comprehensions, annotations and bases -- not outside.
class Tree[T](list["Tree[T]"]):
    label = "tree"
    def kind(self):
        return [p.__name__ for p in (T,)]
    def nested(self):
        def inner():
            return lambda: T
        return inner()()
    def pairs[U](self, other: U) -> list[tuple[T, U]]:
        return [(T, U) for _ in range(1)]
t = Tree()
print(t.kind(), t.nested(), t.pairs(0), Tree.__bases__, Tree.__orig_bases__)
for name in ("T", "U"):
    try:
        eval(name)
    except NameError as e:
        print("NameError:", e)
class Scope:
    T = "class attribute T"
    Alias = int
    def method[T](self, x: Alias) -> T:
        return T
    type Value = Alias
    type Shadow[T] = T
print(Scope().method.__annotations__, Scope().method(1), Scope.Value.__value__)
print(Scope.Shadow.__value__, Scope.T)
def outer():
    captured = "outer"
    class Inner[T]:
        def show(self):
            return captured, T.__name__
    return Inner
print(outer()().show(), outer().__qualname__, outer().show.__qualname__)
print(Scope.method.__qualname__, Scope.method.__name__)
def generic_counter[T]():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count, T
    return bump
bump = generic_counter()
print(bump(), bump())
print("T" in globals(), "U" in globals())
