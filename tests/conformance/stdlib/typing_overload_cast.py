# overload, cast, TYPE_CHECKING, assert_never-style helpers and no_type_check.
from typing import TYPE_CHECKING, Union, cast, overload, get_overloads


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(4), double("ab"))
print(len(get_overloads(double)))
print(cast(int, "not really an int"), cast("list[int]", [1]))
print(TYPE_CHECKING)
try:
    @overload
    def single(x: int) -> int: ...
    single(3)
except NotImplementedError as e:
    print("NotImplementedError", e)
