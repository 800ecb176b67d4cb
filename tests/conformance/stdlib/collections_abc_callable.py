# collections.abc.Callable[...]: CPython's _CallableGenericAlias, a subclass of
# types.GenericAlias: its arguments, equality, errors and instance checks.
import types
from collections.abc import Callable, Iterable, Mapping

c = Callable[[int, str], float]
print(c.__origin__ is Callable, c.__args__, isinstance(c, types.GenericAlias))
print(Callable[..., int].__args__, Callable[[], None].__args__, Callable[[list[int]], Iterable[str]].__args__)
print(c == Callable[[int, str], float], c == Callable[[int], float], c.__parameters__)
print(hash(c) == hash(Callable[[int, str], float]), (c | None).__args__[1])
m = Mapping[str, Callable[[int], int]]
print(type(m.__args__[1]).__name__, m.__args__[1].__args__, m.__origin__ is Mapping)
for bad in ((int,), "x", [int], (int, str, float)):
    try:
        Callable[bad]
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError", type(e).__name__)
print(isinstance(len, Callable), isinstance(3, Callable), issubclass(type, Callable))
print(type(c).__name__, type(c).__mro__[1].__name__, type(c).__module__)


class Handler:
    def __call__(self, event):
        return f"handled {event}"


print(isinstance(Handler(), Callable), issubclass(Handler, Callable), Handler()("x"))
print(len(c.__reduce__()), c.__reduce__()[1][0] is Callable)
