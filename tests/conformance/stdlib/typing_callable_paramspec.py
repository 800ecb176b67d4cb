# ParamSpec, Concatenate and typed decorators.
import functools
from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args

P = ParamSpec("P")
R = TypeVar("R")


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result

    return wrapper


@logged
def add(a: int, b: int = 1) -> int:
    return a + b


add(2, 3)
add(5)
print(add.__name__, add.__wrapped__.__name__)
print(P, P.args, P.kwargs, P.__name__)
c = Callable[Concatenate[int, P], R]
print(c)
print(get_args(Callable[P, int]))
print(Callable[[int], str] == Callable[[int], str])
