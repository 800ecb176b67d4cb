"""The parser against CPython's ``ast``, feature by feature.

Every valid program below is parsed by interp and by CPython and the two trees must
dump identically (positions included).  The oracle is the host CPython when it
accepts the program; syntax newer than the host (PEP 695/696/701) is checked against
Python 3.13 in a subprocess, and every program is also checked against 3.13 when it
is installed (exact f-string positions, which hosts before 3.12 do not give).
Invalid programs must raise SyntaxError where CPython raises one.
"""

from __future__ import annotations

import ast
import json
import os
import random
import shutil
import subprocess
import sys
import warnings
from functools import cache
from pathlib import Path

import pytest
from cpython_ast import dump_tree, flatten_fstring_positions

from interp.syntax import nodes
from interp.syntax.parser import parse

HERE = Path(__file__).resolve().parent

VALID = [
    # statements and expressions of every day
    "x = 1\n",
    "x = y = z = f(a)[b].c\n",
    "a, b = b, a\n",
    "a, *b, c = range(10)\n",
    "[a, [b, *c]] = d\n",
    "(a, b), c = d\n",
    "x += 1; y -= 2; z **= 3; w //= 4; v @= m; u >>= 1; t <<= 2; s |= 1; r &= 2; q ^= 3; p %= 4; o /= 5; n *= 6\n",
    "x: int = 1\n",
    "(x): int\n",
    "a.b: int\n",
    "a[0]: list[int] = []\n",
    "x: int = yield\n",
    "del a, b[0], c.d\n",
    "del (a, b), [c]\n",
    "del a,\n",
    "assert x, 'msg'\n",
    "raise\nraise X\nraise X from Y\n",
    "global a, b\nnonlocal c\n",
    "pass; break; continue\n",
    "import a, b.c as d, e.f.g\n",
    "from . import x\nfrom .. import y as z\nfrom ...a.b import (c, d as e,)\nfrom a import *\n",
    "from .... import x\n",
    "print(*a, sep='')\n",
    "f(**a, **b)\n",
    "f(*a, *b, c=1, **d)\n",
    "f(a, *b, c, d=1, *e, **f)\n",
    "f(x for x in y)\n",
    "f((x for x in y), z)\n",
    "f(x:=1)\n",
    "a[x:=1]\n",
    "a[1:2, ::3, :, 4:]\n",
    "a[::]\na[:]\na[1:]\na[:2]\na[::2]\n",
    "a[*b]\na[*b, c]\na[b, *c]\n",
    "a[1,]\na[1, 2]\n",
    "x = a if b else c\n",
    "f = lambda: 0\n",
    "f = lambda a, /, b=1, *c, d, e=2, **f: a\n",
    "f = lambda *, a: a\n",
    "f = lambda a,: a\n",
    "f = lambda x: x if x else lambda y: y\n",
    "x = 1 < 2 <= 3 == 4 != 5 > 6 >= 7 in a not in b is c is not d\n",
    "x = not a and b or c and not d or e\n",
    "x = a or b or c\nx = (a or b) or c\nx = a and (b and c)\n",
    "x = -a + +b - ~c * d / e // f % g @ h ** -i ** j\n",
    "x = a | b ^ c & d << e >> f\n",
    "x = ...\nx = None, True, False\n",
    "x = 1, 2.5, 3j, 0x1f, 0o17, 0b101, 1_000, 1e10, 1.5e-3j\n",
    "x = 'a' 'b' \"c\"\nx = b'a' b'b'\nx = u'x'\nx = r'\\d' R'\\w'\n",
    "x = '''a\nb'''\ny = 2\n",
    "x = f'a{b}c{d!r:>{w}}' f'{e=}'\n",
    "x = [1, 2,]\nx = [*a, *b]\nx = []\n",
    "x = (1,)\nx = ()\nx = (1, 2)\nx = (*a, b)\n",
    "x = {}\nx = {1: 2, **a, 3: 4,}\nx = {1, 2, *a}\n",
    "x = [y for y in z]\nx = {y for y in z}\nx = {k: v for k, v in z}\nx = (y for y in z)\n",
    "x = [a for b in c if d if e for f in g if h]\n",
    "x = [a for b in c for d in e]\n",
    "x = [y := f(x) for x in data]\n",
    "x = [a for a in b if (c := a)]\n",
    "async def f():\n    x = [a async for a in b]\n    await x\n",
    "x = (yield)\nx = yield a, b\nx = yield from c\ny = (yield a)\n",
    "def f():\n    yield\n    yield x\n    return *a, b\n",
    "for x in *a, *b:\n    pass\n",
    "for x, in a: pass\nelse: pass\n",
    "for (a, b) in c:\n    pass\n",
    "while x:\n    break\nelse:\n    pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
    "if a: pass\n",
    "if (n := len(a)) > 10:\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E:\n    pass\nexcept* (A, B) as g:\n    pass\n",
    "with a: pass\n",
    "with a as b, c as d: pass\n",
    "with a as b.c, d as e[0]:\n    pass\n",
    "with a as (b, c): pass\n",
    "with (a as b, c as d):\n    pass\n",
    "with (a as b, c as d,):\n    pass\n",
    "with (a, b):\n    pass\n",
    "with (a, b) as c:\n    pass\n",
    "with (a):\n    pass\n",
    "with (a) as b, (c): pass\n",
    "with (open(f) as g): pass\n",
    "async def f():\n    async with a as b: pass\n    async for x in y: pass\n",
    "def f(a, /, b, *, c): pass\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass\n",
    "def f(*args, **kwargs,): pass\n",
    "def f(*, a, b,): pass\n",
    "def f(a: int, *b: str, c: 'x' = 1, **d: float): pass\n",
    "def f(*args: *Ts): pass\n",
    "def f(a,): pass\n",
    "@dec\n@dec2(a)\n@a.b.c\ndef f(): pass\n",
    "@(lambda f: f)\ndef f(): pass\n",
    "@a[0].b\nclass C: pass\n",
    "@x := y\ndef f(): pass\n",
    "class C: pass\nclass D(): pass\nclass E(A, B, metaclass=M, **kw): x = 1\n",
    "async def f():\n    return await a.b(c)\n",
    "async def f(): pass\n@d\nasync def g(): pass\n",
    "x = a.b.c(d)[e](f)\n",
    "x = a if b else c if d else e\n",
    "x = [lambda: 1 if a else 2]\n",
    "print(a, end='')\n",
    "x = 'é'; y = 'ü' + z\n",
    "é = 1; ψ = é + 2\n",
    "x = '😀'; y = f'{x}😀{y}' + 'ü'\n",
    "x\U000e0100 = 4\nprint(x\U000e0100)\n",
    "def f():\n    x = 1; pass; del x;\nif a:\n  b;\nelse: c;\n",
    "x = '日本語' ; y = f(x)  # コメント\n",
    "x = 1 \\\n    + 2\n",
    "if a and \\\n   b:\n    pass\n",
    "x = (1 +\n     2)\ny = [\n  1,\n  2,\n]\n",
    "x = 1",
    "def f():\n    pass",
    "# only a comment\n",
    "",
    "\n\n\n",
    "# comment\n\n# another",
    "if a:\n    # comment\n\n    pass\n  # odd comment\nx = 1\n",
    "if a:\n\tpass\n",
    "if a:\n        if b:\n                pass\n        pass\n",
    "x = 1\r\ny = 2\r\n",
    "x = 'a\\\nb'\n",
    # soft keywords as names
    "match = 3\nmatch.x = 1\nmatch(x)\nmatch[1] = 2\nprint(match)\n",
    "case = 1\ncase(x)\ntype = 2\ntype(x)\n_ = 3\n",
    "match: int = 1\n",
    "def match(case, type): return _\n",
    "class type: pass\n",
    "x = match if case else type\n",
    "match x:\n    case 1:\n        case = 2\n        match = 3\n",
    # match statements
    "match x:\n    case 1: pass\n    case -1: pass\n    case 1+2j: pass\n    case -1.5-2j: pass\n",
    "match x:\n    case 'a' 'b': pass\n    case b'x': pass\n    case None: pass\n    case True | False: pass\n",
    "match x:\n    case a: pass\n    case _: pass\n",
    "match x:\n    case a.b: pass\n    case a.b.c: pass\n",
    "match x:\n    case [a, *rest]: pass\n    case (a, b): pass\n    case [*_]: pass\n    case []: pass\n    case (): pass\n",
    "match x:\n    case a, b: pass\n    case a, *b: pass\n    case *a, b: pass\n    case a,: pass\n",
    "match x:\n    case {'a': 1, **rest}: pass\n    case {}: pass\n    case {a.b: c, 1: d,}: pass\n",
    "match x:\n    case Point(x=0, y=1): pass\n    case Point(1, 2, z=3): pass\n    case a.B(): pass\n    case C(a,): pass\n",
    "match x:\n    case 1 | 2 | 3: pass\n    case (1 | 2) as y: pass\n    case [1, 2] as z if z: pass\n",
    "match x:\n    case (a): pass\n    case ((a)): pass\n    case (a) | (b): pass\n",
    "match (x):\n    case 1: pass\n",
    "match x, y:\n    case 1, 2: pass\n",
    "match *a, b:\n    case 1: pass\n",
    "match x,:\n    case 1: pass\n",
    "match f(x):\n    case {**rest}: return\n",
    "match(x)\n",
    "match x:\n    case 1:\n        match y:\n            case 2: pass\n    case 3: pass\n",
    "match -x:\n    case 1: pass\n",
    "match [a, b]:\n    case [1, 2]: pass\n",
    "match {a: b}:\n    case {}: pass\n",
    # PEP 695 / 696 (Python 3.12 / 3.13)
    "type X = int\n",
    "type X[T] = list[T]\n",
    "type X[T: int, *Ts, **P] = tuple[T, *Ts]\n",
    "def f[T: int, *Ts, **P](x: T) -> T: pass\n",
    "class C[T]: pass\n",
    "class C[T](Base): pass\n",
    "class C[T = int, *Ts = *tuple[int], **P = [int]]: pass\n",
    "def f[T: (int, str) = int](): pass\n",
    "type = 1\ntype.x = 2\n",
    "if x: type X = int\n",
    # PEP 701 f-strings
    'x = f"{d["k"]}"\n',
    "x = f'{'a' + 'b'}'\n",
    "x = f'{\n    a\n}'\n",
    "x = f'{a!r}' f'{b:{c}}'\n",
    # parentheses: inner nodes keep their own span, enclosing nodes include the parens
    "(a) = 1\n((a)) = 1\n(a.b) = 1\n[a, (b)] = c\n",
    "x = a if (b) else (c)\n(a)(b)\n((a)).b\nx = (a) + (b)\nx = (yield) + 1\nf((a))\n",
    "x = (1, (2))\nx = ((1, 2))\nx = a[(1)]\nx = a[(1, 2)]\nx = a[(1):(2)]\n",
    "x = not (a)\nassert (a), (b)\nx = {(a): (b)}\nx = [(a) for (b) in (c) if (d)]\n",
    "x = *(a), b\nprint(*(a))\nf(**(a))\nf(a=(b))\n@(a)\ndef f(): pass\n",
    "x: (int) = (1)\ndef f(a=(1), *, b=(2)) -> (int): pass\nclass C((A), metaclass=(M)): pass\n",
    "x = 1if y else 2\nx = [1for x in y]\nx = -a ** b\nx = - - a\nx = a ** b ** c\n",
    "with (a, b) as c, d: pass\nwith (a, b,) as c: pass\nwith (yield): pass\n",
    "with ((a, b)): pass\nwith ((a), b): pass\nwith (a)(b): pass\nwith (a, b)[0]: pass\n",
    "def f(\n    a,\n    b,\n):\n    pass\n",
    "x = (\n  # c\n  1\n)\n",
    "x = 1 # comment\\\n",
    "match x:\n    case {1: _, 'a': [1, 2, *_]}: pass\n    case -0j: pass\n    case A.B.C(a, b=c): pass\n",
    "x = f'{x=!r:>10}'\nx = f'''{\n  a\n  + b\n}'''\n",
    "x = f'{a:{b}{c}}'\nx = f'{{}}'\nx = f'a{{b}}c'\nx = f'{a}{{'\n",
    "f'{(a:=1)}'\nf'{yield}'\nf'{*a,}'\nf'{a = }'\nf'{ a }'\n",
    "x = f'{a:{len(str(b))}d}'\n",
    "x = 1_0.0_1e1_0j\nx = 0_0\nx = 00\nx = 1.\nx = .5\n",
]

INVALID = [
    "else = 5\n",
    "def if(): pass\n",
    "class for: pass\n",
    "import class\n",
    "x = None = 1\n",
    "f() = 1\n",
    "1 = x\n",
    "a + b = c\n",
    "del f()\n",
    "del 1\n",
    "for f() in x: pass\n",
    "f() += 1\n",
    "(a, b) += 1\n",
    "(a, b): int\n",
    "[a]: int\n",
    "print(*a for a in b, c)\n",
    "f(a=1, b)\n",
    "f(**a, b)\n",
    "f(**a, *b)\n",
    "def f(a=1, b): pass\n",
    "def f(*): pass\n",
    "def f(*, **k): pass\n",
    "def f(**k, a): pass\n",
    "def f(a, /, /): pass\n",
    "def f(*a, /): pass\n",
    "def f(/): pass\n",
    "lambda a=1, b: 0\n",
    "x = (a as b)\n",
    "with (a as b) as c: pass\n",
    "x := 1\n",
    "(a.b := 1)\n",
    "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass\n",
    "match x:\n    case 1 + 1: pass\n",
    "match x:\n    case a as _: pass\n",
    "match x:\n    case *a: pass\n",
    "match x:\n    case C(a=1, b): pass\n",
    "match x:\n    case {**r, 'a': 1}: pass\n",
    "if x:\npass\n",
    "  x = 1\n",
    "if x:\n    a\n  b\n",
    "if x:\n\tif y:\n        pass\n",
    "x = (1,\n",
    "x = [1, 2\n",
    "x = 'abc\n",
    "x = '''abc\n",
    "x = $\n",
    "f(a for a in b, )\n",
    "from a import b,\n",
    "return return\n",
    "x = 1 +\n",
    "a b\n",
    "print 'x'\n",
    "x = yield = 1\n",
    "def f(a, *, b=1, c, *d): pass\n",
    "(*a) = 1\n",
    "nonlocal = 1\n",
    "x = 0x\n",
    "@\ndef f(): pass\n",
    "class C(x for x in y, z): pass\n",
    "class C(x for x in y): pass\n",
    "f(x for x in y)(z for z in w, 1)\n",
    "a = 1 if b\n",
    "\\\n",
    "x = \\",
    "if True:\n    pass\n  else:\n    pass\n",
    "match x:\n    case (*a): pass\n",
    "match x:\n    case -a: pass\n",
    "match x:\n    case 1j + 1: pass\n",
    "x = f'{}'\n",
    "x = f'{a b}'\n",
    "f'{lambda: 1}'\n",
    "f'{a!r=}'\n",
    "\ufeffx = 1\n",
    "with (a as b).c: pass\n",
    "f(a=1 for a in b)\n",
    "x = [a, b for a in c]\n",
    "x = {**a for a in b}\n",
    "a, b += 1\n",
    "del (a, *b)\n",
]


# CPython's parser accepts these and its compiler rejects them; interp rejects them
# while parsing (it has no other syntax pass), so the oracle is ``compile``.
COMPILE_INVALID = [
    "x = *a\n",
    "*a = 1\n",
    "return *a\n",
]


def _python313() -> str | None:
    if shutil.which("python3.13", path=os.environ.get("PATH")) is None:
        return None
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    try:
        out = subprocess.run(
            ["python3.13", "-c", "import sys; print(sys.version_info[:2])"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return "python3.13" if out.returncode == 0 and "(3, 13)" in out.stdout else None


@cache
def oracle_313() -> dict[str, object] | None:
    """Dumps (or errors) of every case by Python 3.13, or None if it is absent."""
    exe = _python313()
    if exe is None:
        return None
    requests = [[source, "exec"] for source in VALID + INVALID]
    env = dict(os.environ, PYENV_VERSION="3.13.0")
    out = subprocess.run(
        [exe, str(HERE / "cpython_ast.py")],
        input=json.dumps(requests),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return dict(zip(VALID + INVALID, json.loads(out.stdout)))


def _host_dump(source: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SyntaxWarnings of the oracle are not our subject
        try:
            return dump_tree(ast.parse(source), source)
        except SyntaxError:
            return None


def _ours(source: str) -> nodes.AST:
    return parse(source)


@pytest.mark.parametrize("source", VALID)
def test_valid_matches_cpython(source: str) -> None:
    has_fstring = "f'" in source or 'f"' in source
    expected = _host_dump(source)
    if expected is not None and not (has_fstring and oracle_313() is not None):
        ours = nodes.dump(flatten_fstring_positions(_ours(source)))
        assert ours == expected
        return
    table = oracle_313()
    if table is None:
        pytest.skip("syntax newer than the host and python3.13 is not installed (PYENV_VERSION=3.13.0)")
    expected = table[source]
    assert isinstance(expected, str), f"python3.13 rejects a VALID case: {expected}"
    assert nodes.dump(_ours(source)) == expected


@pytest.mark.parametrize("source", VALID)
def test_valid_matches_python313_exactly(source: str) -> None:
    table = oracle_313()
    if table is None:
        pytest.skip("python3.13 is not installed (PYENV_VERSION=3.13.0 python3.13)")
    expected = table[source]
    assert isinstance(expected, str), f"python3.13 rejects a VALID case: {expected}"
    assert nodes.dump(_ours(source)) == expected


@pytest.mark.parametrize("source", INVALID)
def test_invalid_rejected(source: str) -> None:
    table = oracle_313()
    host_rejects = _host_dump(source) is None
    if table is not None:
        assert isinstance(table[source], dict), "python3.13 accepts this INVALID case"
    else:
        assert host_rejects, "the host accepts this INVALID case"
    with pytest.raises(SyntaxError):
        parse(source)


@pytest.mark.parametrize("source", COMPILE_INVALID)
def test_compile_invalid_rejected(source: str) -> None:
    with pytest.raises(SyntaxError):
        compile(source, "<case>", "exec")
    with pytest.raises(SyntaxError):
        parse(source)


def test_eval_mode() -> None:
    for source in ["1 + 2", "a, b", "(yield)", "x if y else z\n", "lambda: 0", "f(*a)"]:
        expected = _host_dump_eval(source)
        if expected is None:
            continue
        assert nodes.dump(parse(source, mode="eval")) == expected
    for bad in ["x = 1", "1; 2", "pass", "1\n2", " 1"]:
        with pytest.raises(SyntaxError):
            parse(bad, mode="eval")


def _host_dump_eval(source: str) -> str | None:
    try:
        return dump_tree(ast.parse(source, mode="eval"), source)
    except SyntaxError:
        return None


def test_errors_are_syntax_errors_with_location() -> None:
    with pytest.raises(SyntaxError) as info:
        parse("x = 1\nelse = 5\n", "prog.py")
    assert info.value.filename == "prog.py"
    assert info.value.lineno == 2
    with pytest.raises(TabError):
        parse("if x:\n\tif y:\n        pass\n")
    with pytest.raises(IndentationError):
        parse("if x:\n    a\n  b\n")


def test_truncations_never_crash() -> None:
    """Random prefixes and mutations of a valid file give a tree or a SyntaxError."""
    source = (HERE.parent / "interp" / "syntax" / "builder.py").read_text(encoding="utf-8")[:6000]
    source += "\n" + "\n".join(VALID)
    rng = random.Random(1234)
    for _ in range(300):
        cut = rng.randrange(len(source))
        text = source[:cut]
        if rng.random() < 0.5:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice("()[]{}:'\"\\\n\t #=*@.,;") + text[at:]
        try:
            parse(text)
        except SyntaxError:
            pass
        try:
            parse(text[-200:], mode="eval")
        except SyntaxError:
            pass


def test_tables_are_up_to_date() -> None:
    from interp.syntax import tables

    saved = tables.load()
    assert saved is not None, "python.tables is missing: run python -m interp.syntax.tables"
    assert saved["hash"] == tables.grammar_hash(), (
        "python.tables is stale: run python -m interp.syntax.tables"
    )


def test_no_lark_at_import() -> None:
    code = "import sys; import interp.syntax.parser as p; p.parse('x = 1'); print('lark' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=HERE.parent, check=True
    )
    assert out.stdout.strip() == "False"


def test_command_line_matches_cpython(tmp_path: Path) -> None:
    """``python -m interp --parse-only`` prints a syntax error exactly as CPython does."""
    good = tmp_path / "good.py"
    good.write_text("x = 1\n", encoding="utf-8")
    bad = tmp_path / "bad.py"
    bad.write_text("x = 1\nelse = 5\n", encoding="utf-8")
    root = HERE.parent
    ok = subprocess.run(
        [sys.executable, "-m", "interp", "--parse-only", str(good)], capture_output=True, cwd=root
    )
    assert ok.returncode == 0
    ours = subprocess.run(
        [sys.executable, "-m", "interp", "--parse-only", str(bad)], capture_output=True, cwd=root
    )
    theirs = subprocess.run([sys.executable, str(bad)], capture_output=True, cwd=root)
    assert ours.returncode == 1
    assert ours.stderr.decode() == theirs.stderr.decode()
