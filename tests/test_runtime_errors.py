"""Error messages and corner cases of builtins, compared with the host CPython.

Each case runs the same source in a fresh sandbox and in the host CPython (in a
subprocess for whole programs, so that ``__name__`` is ``'__main__'`` as for a program);
the sandbox must print or produce exactly what CPython does.  No expected output is
written by hand.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from interp.host.session import Session


def sandbox_stdout(source: str) -> str:
    out: list[str] = []
    outcome = Session(write=out.append).run(source, "<test>")
    assert outcome.ok, outcome.traceback
    return "".join(out)


def cpython_stdout(source: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def assert_same_as_cpython(source: str) -> None:
    source = textwrap.dedent(source)
    assert sandbox_stdout(source) == cpython_stdout(source)


# ---------------------------------------------------------------------------
# Wrong argument counts and types of common builtins: type and message

BUILTIN_ERRORS = [
    "len()",
    "len(1)",
    "abs('x')",
    "abs()",
    "round('x')",
    "round()",
    "divmod(1)",
    "divmod(1, 'a')",
    "pow()",
    "pow(1)",
    "pow('a', 2)",
    "sorted(1)",
    "sorted()",
    "sorted([], 1)",
    "min()",
    "min(1)",
    "min(1, 2, default=3)",
    "max([])",
    "max()",
    "max([], key=1, x=2)",
    "sum(['a'])",
    "sum()",
    "sum([], 'a')",
    "chr(-1)",
    "chr('a')",
    "chr(0x110000)",
    "ord('ab')",
    "ord('')",
    "ord(1)",
    "int('x')",
    "int('x', 1)",
    "int(1, 2)",
    "int([])",
    "float('x')",
    "float([])",
    "isinstance(1, 1)",
    "isinstance(1)",
    "issubclass(1, int)",
    "getattr(1)",
    "getattr(1, 2)",
    "getattr(1, 'x')",
    "hash([])",
    "hash({})",
    "iter(1)",
    "iter(1, 2)",
    "next(1)",
    "next([])",
    "next(iter([]))",
    "zip(1)",
    "zip([], 1)",
    "map(1)",
    "map(len)",
    "map(len, 1)",
    "enumerate(1)",
    "enumerate()",
    "enumerate([], 'a')",
    "range('a')",
    "range()",
    "range(1, 2, 0)",
    "format(1, 'q')",
    "format('a', 'd')",
    "format(1, 2)",
    "callable()",
    "super(1, 2, 3)",
    "super(1)",
    "globals(1)",
    "locals(1)",
    "aiter(1)",
    "anext(1)",
    "anext(1, 2)",
]

_WRAPPED = (
    "try:\n    {expr}\n    r = 'no error'\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n"
)


@pytest.mark.parametrize("expr", BUILTIN_ERRORS)
def test_builtin_error_matches_cpython(expr: str) -> None:
    source = _WRAPPED.format(expr=expr)
    session = Session()
    outcome = session.run(source, "<test>")
    assert outcome.ok, outcome.traceback
    host: dict = {}
    exec(source, host)  # noqa: S102 - the oracle runs the same fixed test source
    assert session.globals["r"] == host["r"]


# ---------------------------------------------------------------------------
# aiter / anext


ANEXT = """
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def gen():
    yield 1
    yield 2

async def main():
    c = Counter()
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, 'default'), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    g = gen()
    print(aiter(g) is g)
    print(await anext(g, 5), await anext(g, 5), await anext(g, 6), await anext(g, 7))
    g = gen()
    print(await anext(g), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    aw = anext(Counter(), 3)
    print(type(aw).__name__, repr(aw).startswith('<anext_awaitable object at'))
    print(await aw)
    class Bad:
        def __aiter__(self):
            return 1
    try:
        aiter(Bad())
    except TypeError as e:
        print(e)
    async for x in gen():
        print('async for', x)
    return 'done'

print(run(main()))
"""


def test_aiter_anext_match_cpython() -> None:
    assert_same_as_cpython(ANEXT)


# ---------------------------------------------------------------------------
# super(C) and super(C, obj)

SUPER = """
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return cls.__name__
class B(A):
    def f(self):
        return 'B.f'
s = super(B)
print(repr(s), repr(super(B, None)))
print(s.__thisclass__, s.__self__, s.__self_class__)
b = B()
bound = s.__get__(b, B)
print(bound.f(), repr(bound), s.__get__(b).f(), s.__get__(None, B) is s)
print(super(B, b).f(), super(B, B).c(), super(B, b).c(), super(B, B).f(b))
print(super(B, b).__self__ is b, super(B, b).__thisclass__, super(B, b).__self_class__)
print(super(B, b).__get__(B()).__self__ is b)
class C(B):
    sup = super(B)
    def g(self):
        return self.sup.f()
print(C().g(), repr(C.sup), repr(C().sup))
try:
    super(B).f()
except AttributeError as e:
    print(e)
for args in [(1,), (B, 1), (B, A)]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
try:
    s.__get__(None, None)
except TypeError as e:
    print(e)
print(type(super(B)), super(B).__class__, super(B, b).__class__)
print(super(B, b).__repr__()[:20], super(B).__repr__())
print(super.__thisclass__, super.__self__, super.__self_class__)
"""


def test_super_forms_match_cpython() -> None:
    assert_same_as_cpython(SUPER)


# ---------------------------------------------------------------------------
# callable() of staticmethod and classmethod objects


def test_callable_of_method_wrappers_matches_cpython() -> None:
    assert_same_as_cpython(
        """
        def f():
            return 1
        print(callable(staticmethod(f)), callable(classmethod(f)), callable(staticmethod(1)))
        print(callable(f), callable(1), callable(int), callable(print), callable(map(f, [])))
        class A:
            def __call__(self):
                pass
        print(callable(A()), callable(A))
        """
    )


# ---------------------------------------------------------------------------
# type(name, bases, ns): __module__ and __qualname__ as CPython sets them

TYPE_CALL = """
X = type('X', (), {})
print(X.__module__, X.__qualname__, repr(X))
Y = type('Y', (X,), {'__qualname__': 'Q', '__module__': 'mod'})
print(Y.__module__, Y.__qualname__, repr(Y))
def make():
    return type('Z', (), {})
print(make().__module__, make().__qualname__, repr(make()))
g = {}
exec('X = type("X", (), {})', g)
print('__module__' in g['X'].__dict__, repr(g['X']))
try:
    g['X'].__module__
except AttributeError as e:
    print('AttributeError', e)
g = {'__name__': 'other'}
exec('X = type("X", (), {})\\ndef f():\\n    return type("W", (), {})', g)
print(g['X'].__module__, g['f']().__module__)
class M(type):
    pass
print(M('Y', (), {}).__module__, type.__new__(M, 'Z', (), {}).__module__)
print([type('C', (), {}) for _ in range(1)][0].__module__)
class Outer:
    D = type('D', (), {})
print(Outer.D.__module__, Outer.D.__qualname__)
"""


def test_type_call_sets_module_and_qualname_like_cpython() -> None:
    assert_same_as_cpython(TYPE_CALL)


# ---------------------------------------------------------------------------
# Data attributes read from a builtin class: getset/member descriptors

DESCRIPTORS = """
print(int.real, repr(int.numerator), int.real.__get__(5), int.imag.__get__(5), int.real.__get__(True))
print(int.real.__get__(None, int) is int.real, int.__dict__['real'] is int.real, 'real' in vars(int))
print(int.real.__name__, int.real.__qualname__, int.real.__objclass__, bool.real, int.real.__doc__)
print(complex.real, slice.start, range.stop, float.imag, type.__dict__['__name__'])
print(type(int.real).__name__, type(slice.start).__name__, type(int.real))
print(BaseException.args, OSError.errno, StopIteration.value, SystemExit.code, super.__thisclass__)
print(property.fget, staticmethod.__func__, type(lambda: 0).__dict__.get('__name__', 0) == 0)
class K(int):
    r = int.real
print(K(4).r, K.r, K.real, K(7).real)
for stmt in ["int.real.__get__('a')", "int.real.__get__(None, None)", "int.real.__set__(5, 6)",
             "int.real.__delete__(5)", "class L:\\n    r = int.real\\nL().r", "int.real.x = 1",
             "int.real.__name__ = 'x'"]:
    try:
        exec(stmt)
    except Exception as e:
        print(type(e).__name__, e)
"""


def test_class_level_data_attributes_match_cpython() -> None:
    assert_same_as_cpython(DESCRIPTORS)


# ---------------------------------------------------------------------------
# Assigning read-only attributes: exception type and message

READ_ONLY = [
    "(1).real = 2",
    "del (1).real",
    "(1).x = 2",
    "'abc'.upper = 1",
    "[].append = 1",
    "del [].append",
    "[].x = 1",
    "del [].x",
    "object().x = 1",
    "int.x = 1",
    "del int.x",
    "int.real = 1",
    "list.append = 1",
    "del list.append",
    "type.__name__ = 'x'",
    "object.__doc__ = 1",
    "(1).__class__ = bool",
    "None.x = 1",
    "print.x = 1",
    "print.__name__ = 'x'",
    "[].append.x = 1",
    "property().fget = 1",
    "(1j).real = 3",
    "slice(1).start = 2",
    "range(3).start = 1",
    "(1.5).real = 2",
    "(1).numerator = 2",
    "{}.keys().mapping = 1",
    "f = lambda: 0\nf.__globals__ = {}",
    "f = lambda: 0\ndel f.__globals__",
    "f = lambda: 0\nf.__code__ = 1",
    "f = lambda: 0\ndel f.__code__",
    "f = lambda: 0\nf.__closure__ = 1",
    "f = lambda: 0\nf.__builtins__ = 1",
    "f = lambda: 0\nf.__defaults__ = 5",
    "f = lambda: 0\nf.__kwdefaults__ = 5",
    "f = lambda: 0\nf.__annotations__ = 5",
    "f = lambda: 0\ndel f.__name__",
    "f = lambda: 0\nf.__name__ = 5",
    "class C: pass\nC.__mro__ = ()",
    "class C: pass\nC.__dict__ = {}",
    "class C: pass\nC().__dict__ = 5",
    "class S:\n    __slots__ = ('a',)\nS().x = 1",
    "class I(int): pass\nI(1).real = 2",
    "class I(int): pass\ndel I(1).real",
    "True.real = 1",
    "staticmethod(len).__func__ = 1",
    "staticmethod(len).__isabstractmethod__ = 1",
    "s = staticmethod(len)\ns.x = 1\ndel s.x\ndel s.x",
    "e = ValueError()\ne.__traceback__ = 5",
]


@pytest.mark.parametrize("source", READ_ONLY)
def test_read_only_attribute_errors_match_cpython(source: str) -> None:
    wrapped = "try:\n" + textwrap.indent(source, "    ") + "\n    r = 'no error'\n"
    wrapped += "except Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n"
    session = Session()
    outcome = session.run(wrapped, "<test>")
    assert outcome.ok, outcome.traceback
    host: dict = {}
    exec(wrapped, host)  # noqa: S102 - the oracle runs the same fixed test source
    assert session.globals["r"] == host["r"]
