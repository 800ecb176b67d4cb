class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> "Stack[T]":
        self.items.append(x)
        return self
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]().push(1).push(2)
print(s.pop(), s.items, type(s).__name__)
print([p.__name__ for p in Stack.__type_params__])
class Box[T: (int, str)]:
    def __init__(self, v: T):
        self.v = v
print(Box(5).v, Box.__type_params__[0].__constraints__)
class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b
    def swap(self) -> "Pair[B, A]":
        return Pair(self.b, self.a)
p = Pair(1, "x").swap()
print(p.a, p.b)
