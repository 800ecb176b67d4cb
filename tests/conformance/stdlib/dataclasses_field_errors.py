# Errors raised while a class is processed, in CPython's words.
from dataclasses import dataclass, field, KW_ONLY, InitVar


def attempt(make):
    try:
        cls = make()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
    else:
        print("ok", cls.__name__)


def mutable_list():
    @dataclass
    class M:
        items: list = []
    return M


def mutable_custom():
    class Unhashable:
        __hash__ = None

    @dataclass
    class M:
        item: object = Unhashable()
    return M


def hashable_custom():
    class Fine:
        pass

    @dataclass
    class M:
        item: object = Fine()
    return M


def both_defaults():
    return field(default=1, default_factory=list)


def no_annotation():
    @dataclass
    class M:
        x = field(default=1)
    return M


def kw_only_twice():
    @dataclass
    class M:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
    return M


def initvar_factory():
    @dataclass
    class M:
        a: InitVar[list] = field(default_factory=list)
    return M


def order_without_eq():
    @dataclass(order=True, eq=False)
    class M:
        a: int
    return M


def order_overwrite():
    @dataclass(order=True)
    class M:
        a: int

        def __lt__(self, other):
            return True
    return M


def frozen_setattr():
    @dataclass(frozen=True)
    class M:
        a: int

        def __setattr__(self, name, value):
            pass
    return M


def frozen_delattr():
    @dataclass(frozen=True)
    class M:
        a: int

        def __delattr__(self, name):
            pass
    return M


def unsafe_explicit():
    @dataclass(unsafe_hash=True)
    class M:
        a: int

        def __hash__(self):
            return 1
    return M


for case in [mutable_list, mutable_custom, hashable_custom, both_defaults, no_annotation,
             kw_only_twice, initvar_factory,
             order_without_eq, order_overwrite, frozen_setattr, frozen_delattr,
             unsafe_explicit]:
    print(case.__name__, end=": ")
    attempt(case) if case is not both_defaults else attempt(lambda: type("X", (), {"f": case()}))
