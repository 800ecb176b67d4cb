# Field order and defaults across inheritance, kw_only fields moved to the end of
# __init__, __match_args__, overriding a field's default, and frozen/non-frozen mixes.
from dataclasses import dataclass, field, fields, KW_ONLY


@dataclass
class A:
    x: int
    y: int = 1
    z: int = field(default=2, kw_only=True)


@dataclass
class B(A):
    w: int = 3
    x: int = 10


@dataclass(kw_only=True)
class C(B):
    k: int
    _: KW_ONLY
    m: int = 0


print([f.name for f in fields(B)], B())
print([f.name for f in fields(C)], [f.kw_only for f in fields(C)])
print(C(k=5), C(1, 2, 3, z=4, k=5, m=6))
print(A.__match_args__, B.__match_args__, C.__match_args__)
print(B.__init__.__defaults__, sorted(C.__init__.__kwdefaults__.items()))


class Mixin:
    def who(self):
        return type(self).__name__


@dataclass
class D(Mixin, A):
    extra: str = "e"


print(D(0), D(0).who(), [f.name for f in fields(D)])


class NotDC(A):
    pass


@dataclass
class E(NotDC):
    q: int = 9


print(E(5), [f.name for f in fields(E)])

try:
    @dataclass
    class Bad(A):
        after: int
except TypeError as error:
    print("TypeError", str(error).split(" follows")[0])


@dataclass(frozen=True)
class Fz:
    a: int


try:
    @dataclass
    class Thawed(Fz):
        b: int = 0
except TypeError as error:
    print("TypeError", error)
try:
    @dataclass(frozen=True)
    class Frosty(A):
        b: int = 0
except TypeError as error:
    print("TypeError", error)


class Undecorated(Fz):
    pass


u = Undecorated(1)
try:
    u.a = 2
except AttributeError as error:
    print(type(error).__name__, error)
u.other = 5
print(u, u.other)


def match(obj):
    match obj:
        case C(1, 2, 3, k=k):
            return f"C with k={k}"
        case B(x, y, w=w):
            return f"B {x} {y} {w}"
    return "none"


print(match(C(1, 2, 3, k=7)), match(B(4, 5)), match(A(1)))
