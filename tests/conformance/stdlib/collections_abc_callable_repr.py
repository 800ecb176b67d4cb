# The repr of collections.abc.Callable[...] (CPython's _CallableGenericAlias.__repr__),
# nested in other aliases and in unions.
from collections.abc import Callable, Iterable, Mapping


class Event:
    pass


aliases = [
    Callable[[int, str], float],
    Callable[..., int],
    Callable[[], None],
    Callable[[list[int]], Iterable[str]],
    Callable[[Event], Event],
    Callable[[Callable[[int], int]], int],
    Mapping[str, Callable[[int], int]],
    list[Callable[..., None]],
    Callable[[int], str] | None,
    Callable[[tuple[int, ...]], dict[str, list[int]]],
]
for alias in aliases:
    print(alias)
print(repr(Callable[[int], str]) == str(Callable[[int], str]))
print([repr(a) for a in Callable[[int, str], float].__args__])
print(f"{Callable[[bytes], bytes]!r:>60}")
print(Callable[[int], float].__args__ == (int, float))
