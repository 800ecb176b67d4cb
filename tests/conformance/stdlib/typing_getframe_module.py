# sys._getframe as typing and enum use it: the caller's module name.
import sys
from enum import Enum
from typing import NamedTuple, NewType, TypeVar


def caller_name(depth=1):
    return sys._getframe(depth).f_globals.get("__name__")


def outer():
    return caller_name(2)


print(caller_name(), outer())
print(TypeVar("T").__module__, NewType("N", int).__module__)
Color = Enum("Color", "RED GREEN")
print(Color.__module__, list(Color))
P = NamedTuple("P", [("x", int)])
print(P.__module__)
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals())


def lines():
    return sys._getframe().f_lineno - lines.__code__.co_firstlineno


print(lines())
