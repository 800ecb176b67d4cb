# typing's TypeVar, Generic, Union... (3.12+: _typing's, calling back into typing.py as C's do)
import sys
import typing
from typing import Callable, Generic, ParamSpec, Protocol, TypeVar, TypeVarTuple, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K", bound=int)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T.__name__, T.__module__, typing.T.__module__, K.__bound__ is int, type(T).__name__)
print(T, K, P, Ts, P.args, P.kwargs, P.args.__origin__ is P)


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


print(Box.__parameters__ == (T,), get_origin(Box[int]) is Box, get_args(Box[int]) == (int,))
print(Box[int] == Box[int], Box[int] is Box[int], Box[int] == Box[str])
b = Box[int](3)
print(b.v, b.__orig_class__ == Box[int])


class Sub(Box[K]):
    pass


print(Sub.__parameters__ == (K,), Sub.__orig_bases__[0] == Box[K], get_args(Sub[bool]) == (bool,))


class Pair(Generic[T, K]):
    pass


for bad in ("Pair[int]", "Pair[int, int, int]", "Generic[int]", "Generic[T, T]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError:", e)
for body in (
    "class Bad(Generic[T], Generic[K]): pass",
    "class Bad(Box[T], Generic[K]): pass",
    "class Bad(Generic): pass",
):
    try:
        exec(body)
    except TypeError as e:
        print("TypeError:", e)

print(T.__typing_subst__(int) is int, P.__typing_subst__([int, str]) == (int, str))
print(T.__typing_subst__(3))


class Tup(Generic[*Ts]):
    pass


print(Tup[int, str].__args__ == (int, str), Tup[()].__args__, list(Ts)[0] == typing.Unpack[Ts])


class Call(Generic[P]):
    pass


print(get_args(Call[int, str]) == ((int, str),), get_args(Call[[int]]) == ((int,),), Call[...].__args__)
print(get_args(Callable[P, int][[str]]) == ([str], int))

U = typing.Union[int, str]
O = typing.Optional[T]
print(get_origin(U) is typing.Union, get_args(U), isinstance(U, typing.Union) if sys.version_info >= (3, 14) else "")
print(get_origin(O) is typing.Union, get_args(O) == (T, type(None)), O.__parameters__ == (T,))
print(O[int] == typing.Optional[int], typing.Union[int] is int, get_args(T | int) == (T, int))


class Proto(Protocol[T]):
    def get(self) -> T: ...


print(Proto.__parameters__ == (T,), Proto._is_protocol, get_origin(Proto[int]) is Proto)

import copy

for x in (T, P, Ts, P.args, P.kwargs, Box, getattr(typing, "NoDefault", T)):
    print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.deepcopy(x) == x)
print(typing.ParamSpecArgs(P) == P.args, typing.ParamSpecKwargs(P).__origin__ is P)

UserId = typing.NewType("UserId", int)
print(UserId(5), UserId.__supertype__ is int)

if sys.version_info >= (3, 12):
    exec("""
class New[X](Box[X]):
    pass
print(New.__parameters__ == New.__type_params__, get_origin(New[int]) is New, get_args(New[str]))
print(type(New.__type_params__[0]) is TypeVar, New.__orig_bases__[-1].__origin__ is Generic)
print(New.__type_params__[0].__module__, New[int](4).v)
def f[**Q, *Us, V: int = str]():
    pass
Q, Us, V = f.__type_params__
print(type(Q) is ParamSpec, type(Us) is TypeVarTuple, V.__bound__ is int, V.__default__ is str)
print(list(Us)[0] == typing.Unpack[Us], isinstance(V | int, typing.Union) if sys.version_info >= (3, 14) else "")
type Alias[W] = list[W]
print(type(Alias) is typing.TypeAliasType, Alias.__value__ == list[Alias.__type_params__[0]])
class SupportsNew[X](Protocol):
    def get(self) -> X: ...
print(SupportsNew._is_protocol, SupportsNew.__parameters__ == SupportsNew.__type_params__)
class Var[*Vs]:
    pass
print(Var[int, str].__args__ == (int, str), get_origin(Var[int]) is Var)
try:
    class Twice[Y](Generic[Y]):
        pass
except TypeError as e:
    print("TypeError:", e)
""")
else:
    print("PEP 695 syntax: 3.12+")
