# Errors of TypeVar, Generic and friends, with their messages.
from typing import Generic, List, Protocol, TypeVar, Union

T = TypeVar("T")
tries = [
    lambda: TypeVar("X", int),
    lambda: TypeVar("X", bound=int, covariant=True, contravariant=True),
    lambda: List[int, str],
    lambda: Generic[T, T],
    lambda: Union[1],
    lambda: isinstance(1, List[int]),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)


class P(Protocol):
    def m(self) -> int: ...


try:
    class Bad(P, int):
        pass
except TypeError as e:
    print("TypeError", e)
Unknown = List["Undefined"]
print(Unknown)
print(List[T][int])
