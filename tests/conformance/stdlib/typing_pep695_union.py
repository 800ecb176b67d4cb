# 3.14: typing.Union is types.UnionType's one class: Union[...], isinstance, get_origin/get_args
import sys
import types
import typing

T = typing.TypeVar("T")
U = typing.Union[int, T]
print(typing.get_origin(U) is typing.Union, typing.get_args(U) == (int, T), U.__parameters__ == (T,))
print(typing.get_origin(int | str) is typing.Union, typing.get_args(typing.Optional[T]) == (T, type(None)))
print(U[str] == (int | str), typing.Union[int, int] is int, typing.Union[int, str] == typing.Union[str, int])
print(typing.Optional[typing.List[int]] == (typing.List[int] | None))
print(typing.Union[int, typing.List[T]].__parameters__ == (T,), (int | typing.List[T]).__parameters__ == (T,))
if sys.version_info >= (3, 14):
    print(types.UnionType[int, str], types.UnionType[int], types.UnionType[int, T], T | None)
    print(isinstance(int | str, typing.Union), isinstance(T | int, typing.Union), isinstance(3, typing.Union))
    print(issubclass(type(int | str), typing.Union), typing.Union.__name__, typing.Union.__module__)
    print((T | int).__origin__ is typing.Union, (int | str).__origin__ is typing.Union)
    for bad in ("typing.Union[()]", "(int | str)[int]", "types.UnionType[()]"):
        try:
            eval(bad)
        except TypeError as e:
            print("TypeError:", e)
else:
    print(isinstance(int | str, types.UnionType), typing.get_origin(U) is typing.Union)
