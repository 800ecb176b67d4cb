# get_origin and get_args across typing's forms and the builtin generics.
import collections.abc
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List,
                    Literal, Optional, Tuple, TypeVar, Union, get_args, get_origin)

T = TypeVar("T")
forms = [
    List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Optional[str],
    Union[int, str, None], Literal[1, "x"], Final[int], ClassVar[List[int]],
    Annotated[int, "m"], Callable[[], None], list[int], dict[str, list[int]],
    tuple[int, str], Generic[T], int, Any, List, T,
]
for form in forms:
    origin = get_origin(form)
    name = getattr(origin, "__name__", origin)
    print(repr(form).replace("typing.", ""), "|", name, "|", get_args(form))
print(get_origin(Callable[[int], str]) is collections.abc.Callable)
K = TypeVar("K")
print(dict[K, list[T]].__parameters__, dict[K, list[T]][str, int], Dict[str, list[T]][float])
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)
