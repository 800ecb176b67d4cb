# The sandbox's inspect answers as CPython's for the questions doctest and programs ask:
# predicates on functions, classes, methods, generators, builtins and modules; getfile,
# getsourcefile, getmodule, getdoc, cleandoc, unwrap, getmembers, getsource.
import functools
import inspect
import os
import sys


def plain(a, b=1):
    """Plain function.

        Indented second line.
    """
    return a + b


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Base:
    """Base docstring."""

    def method(self):
        """Base method doc."""

    @staticmethod
    def smethod():
        pass

    @classmethod
    def cmethod(cls):
        pass

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self):
        return 2


@functools.wraps(plain)
def wrapper(*args):
    return plain(*args)


objects = {
    "plain": plain, "lambda": lambda: 0, "gen": gen, "gen()": gen(), "coro": coro,
    "agen": agen, "Base": Base, "Base().method": Base().method, "Base.method": Base.method,
    "Base.cmethod": Base.cmethod, "len": len, "[].append": [].append, "sys": sys,
    "int": int, "1": 1, "wrapper": wrapper, "property": Base.__dict__["prop"],
}
predicates = [
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
    "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "isroutine", "isdatadescriptor",
]
for label, value in objects.items():
    answers = [name for name in predicates if getattr(inspect, name)(value)]
    print(f"{label:14} {answers}")
objects["gen()"].close()

here = os.path.basename(inspect.getfile(plain))
print(here, inspect.getsourcefile(plain) == inspect.getfile(Base) == __file__)
print(inspect.getmodule(plain).__name__, inspect.getmodule(Base().method).__name__)
print(inspect.getmodule(sys) is sys, inspect.getmodule(1))
for bad in (len, 1, int):
    try:
        inspect.getfile(bad)
    except TypeError as error:
        print("TypeError", error)
try:
    inspect.getfile(sys)
except TypeError as error:
    print("TypeError", str(error).endswith("is a built-in module"))
print(inspect.ismethoddescriptor(str.join), inspect.isbuiltin(str.join), inspect.isroutine(str.join))
print(inspect.ismethoddescriptor(len), inspect.ismethoddescriptor(Base.method))
print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Child)), repr(inspect.getdoc(Child.method)), repr(inspect.getdoc(Child().method)))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(inspect.unwrap(wrapper) is plain, wrapper.__name__)
print([name for name, _ in inspect.getmembers(Base, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.getsource(plain), end="")
print(inspect.getsource(Child), end="")
lines, start = inspect.getsourcelines(gen)
print(start, lines)
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
print(inspect.currentframe().f_code.co_name, inspect.isframe(inspect.currentframe()))
print(inspect.iscode(plain.__code__), inspect.iscode(compile("1", "<s>", "eval")))
