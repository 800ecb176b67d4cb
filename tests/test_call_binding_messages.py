"""The binding errors of sandbox functions, every shape, compared with the host CPython.

Each case defines functions and calls one of them with a bad shape of arguments; the
same source runs in a fresh sandbox and under the host's ``exec``, and the exception
type and message must be the same.  No expected message is written by hand.
"""

from __future__ import annotations

import pytest

from interp.host.session import Session

DEFINITIONS = """
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fdd(a=1, b=2): pass
def fk(a, *, k): pass
def fkk(*, k, j): pass
def fkd(a, *, k=1): pass
def fv(a, *args): pass
def fvk(a, *args, k): pass
def fkw(a, **kw): pass
def fp(a, /, b): pass
def fpp(a, b, /): pass
def fpkw(a, /, **kw): pass
def f3(a, b, c): pass
def f4(a, b, c, d): pass
class C:
    def m(self, a): pass
    def md(self, a, b=1): pass
    def mk(self, *, k): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
    def __init__(self, x=0): pass
class D:
    def __init__(self, x): pass
"""

CALLS = [
    # too many positional
    "f0(1)",
    "f0(1, 2)",
    "f1(1, 2)",
    "f1(1, 2, 3)",
    "f2(1, 2, 3)",
    "fd(1, 2, 3)",
    "fdd(1, 2, 3)",
    "fk(1, 2, k=3)",
    "fk(1, 2)",
    "fkd(1, 2, k=3)",
    "fkk(1)",
    "fkk(1, k=1)",
    "fkk(1, k=1, j=2)",
    "fpp(1, 2, 3)",
    # too few positional
    "f1()",
    "f2()",
    "f2(1)",
    "f3()",
    "f4()",
    "f3(b=1)",
    "fd()",
    "fp()",
    "fp(1)",
    "fv()",
    # missing keyword-only
    "fk(1)",
    "fkk()",
    "fkk(k=1)",
    "fvk(1, 2)",
    # missing both
    "fk()",
    # unexpected keyword
    "f0(x=1)",
    "f1(1, x=1)",
    "f1(x=1)",
    "fk(1, k=1, x=2)",
    "fv(1, 2, x=3)",
    "f1(1, 2, x=3)",
    "f1(**{'x': 1, 'y': 2})",
    # multiple values
    "f1(1, a=2)",
    "f2(1, 2, a=3)",
    "f2(1, 2, b=3)",
    "fd(1, a=2)",
    "fv(1, 2, a=3)",
    "fkw(1, a=2)",
    "f1(1, 2, a=3)",
    # positional-only passed as keyword
    "fp(a=1, b=2)",
    "fpp(a=1, b=2)",
    "fpp(1, b=2)",
    "fpp(a=1)",
    "fp(1, 2, a=3)",
    "fpkw(a=1)",
    # methods: self counts
    "C().m()",
    "C().m(1, 2)",
    "C().md()",
    "C().md(1, 2, 3)",
    "C().mk()",
    "C().mk(1)",
    "C().m(a=1, b=2)",
    "C.m()",
    "C.m(1)",
    "C.cm()",
    "C.cm(1, 2)",
    "C().sm()",
    "C.sm(1, 2)",
    "C(1, 2)",
    "C(y=1)",
    "D()",
    "D(1, 2)",
    # callable objects and lambdas
    "(lambda: 0)(1)",
    "(lambda a, b=2, *, c: 0)(1)",
    "(lambda a, b=2, *, c: 0)(1, 2, 3, c=1)",
]

_WRAPPED = (
    "try:\n    {call}\n    r = 'no error'\nexcept Exception as e:\n    r = type(e).__name__ + ': ' + str(e)\n"
)


def _both(source: str) -> tuple[object, object]:
    """``r`` after ``source`` ran in a fresh sandbox, and after the host ran it."""
    session = Session()
    outcome = session.run(source, "<test>")
    assert outcome.ok, outcome.traceback
    host: dict = {}
    exec(source, host)  # noqa: S102 - the oracle runs the same fixed test source
    return session.globals["r"], host["r"]


@pytest.mark.parametrize("call", CALLS)
def test_binding_error_matches_cpython(call: str) -> None:
    ours, host = _both(DEFINITIONS + _WRAPPED.format(call=call))
    assert host != "no error", "every case is a bad call"
    assert ours == host


#: Functions giving back what they were bound to, for calls that bind.
GOOD_DEFINITIONS = """
def g(a, b=2, *, c, d=4): return (a, b, c, d)
def gk(a, /, b=2, **kw): return (a, b, sorted(kw.items()))
def gd(self, sku, name, qty=0, loc=None, tags=()): return (self, sku, name, qty, loc, tags)
def gcell(a, b=1, *, c=2):
    return (lambda: (a, b, c))()
def gkw(**kw): return sorted(kw.items())
class K:
    def __init__(self, x, y=0, *, z=1): self.t = (x, y, z)
def changed(a, b=1, *, c=2): return (a, b, c)
changed.__defaults__ = (10,)
changed.__kwdefaults__ = {"c": 20}
"""

GOOD_CALLS = [
    "g(1, c=3)",
    "g(a=1, c=3)",
    "g(c=3, a=1, b=5, d=6)",
    "g(1, 2, c=3, d=4)",
    "g(1, **{'c': 2, 'd': 5})",
    "gk(1, b=3, a=4, z=5)",
    "gk(1, x=1)",
    "gk(1)",
    "gd(0, sku='s', name='n')",
    "gd(self=0, sku='s', name='n', qty=3, loc=(1, 2), tags=[1])",
    "gd(0, 's', 'n', tags=1)",
    "gcell(1, c=5)",
    "gcell(a=3)",
    "gkw(a=1, b=2)",
    "K(1, z=3).t",
    "K(x=1).t",
    "K(1, y=2).t",
    "changed(1)",
    "changed(a=1, c=3)",
]


@pytest.mark.parametrize("call", GOOD_CALLS)
def test_keyword_binding_matches_cpython(call: str) -> None:
    ours, host = _both(GOOD_DEFINITIONS + f"r = repr({call})\n")
    assert ours == host
