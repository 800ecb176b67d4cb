# Optional, Union, Literal, Callable, Annotated: reprs, equality, origins and args.
from typing import Annotated, Any, Callable, Literal, Optional, Union, get_args, get_origin

print(Optional[int] == Union[int, None])
print(get_args(Optional[int]))
print(Union[int, str] == Union[str, int])
print(Union[int, int], Union[int, Union[str, float]] == Union[int, str, float])
print(get_origin(Union[int, str]) is Union, get_args(Union[int, str]))
print(Literal["a", "b"], get_args(Literal["a", 1, True]))
print(Literal[1, 2] == Literal[2, 1])
c = Callable[[int, str], bool]
import collections.abc
print(c, get_origin(c) is collections.abc.Callable, get_args(c))
print(Callable[..., int], get_args(Callable[..., int]))
a = Annotated[int, "meta", 3]
print(a, get_origin(a) is Annotated, get_args(a), a.__metadata__)
print(Annotated[Annotated[int, 1], 2] == Annotated[int, 1, 2])
print(get_origin(list[int]) is list, get_args(dict[str, int]))
print(get_origin(int), get_args(int))
print(Any, repr(Any))
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
