# Protocol classes and runtime_checkable isinstance checks.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def area(self) -> int: ...


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class File:
    def close(self) -> None:
        print("closed")


class Square:
    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size * self.size


class Nothing: pass


for obj in (File(), Square(3), Nothing(), 42):
    print(type(obj).__name__, isinstance(obj, Closeable), isinstance(obj, Sized2))


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


def welcome(g: Greeter) -> str:
    return g.greet("Ada")


print(welcome(English()))
try:
    isinstance(English(), Greeter)
except TypeError as e:
    print("TypeError", e)
print(issubclass(File, Closeable), issubclass(Nothing, Closeable))
print(Closeable._is_protocol, Greeter._is_runtime_protocol if hasattr(Greeter, "_is_runtime_protocol") else None)
try:
    Closeable()
except TypeError as e:
    print("TypeError", e)
