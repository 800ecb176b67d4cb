"""A grammar-based generator of random Python programs for fuzzing the sandbox.

Why our own generator rather than hypothesis: the programs must reach deep into the
interpreter (dunder protocols, generators, ``match``, asyncio, attack-ish attribute
names, resource bombs) and must be reproducible from a ``(seed, index)`` pair alone, so
that a failure seen in CI can be replayed with ``FUZZ_SEED`` and an index, without a
hypothesis database.  The distribution is described in ``tests/fuzz/README.md``.

``program(seed, index)`` is a pure function of its arguments: the same pair always gives
the same text (it uses its own ``random.Random``, seeded from both, and nothing else).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

#: Names of user classes and exceptions the generator defines.  The oracle accepts an
#: error type that is a builtin exception or a name defined by the program; keeping
#: our names distinct from the runtime's own class names makes a leaked host class
#: recognisable.
VARS = ["a", "b", "c", "d", "xs", "s", "n"]
FUNCS = ["f", "g", "h"]
CLASSES = ["Kx", "Ky", "Kz"]
EXCS = ["Ex", "Ey"]

ATTACK_NAMES = [
    "__class__",
    "__subclasses__",
    "__globals__",
    "__dict__",
    "__mro__",
    "__bases__",
    "__base__",
    "__reduce_ex__",
    "__reduce__",
    "__code__",
    "__builtins__",
    "__closure__",
    "__func__",
    "__self__",
    "__module__",
    "__qualname__",
    "__name__",
    "__init__",
    "__new__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__wrapped__",
    "__defaults__",
    "__kwdefaults__",
    "__annotations__",
    "__traceback__",
    "__context__",
    "__cause__",
    "__loader__",
    "__spec__",
    "__import__",
    "__weakref__",
    "__slots__",
    "__sizeof__",
    "__format__",
    "__init_subclass__",
    "__class_getitem__",
    "gi_frame",
    "gi_code",
    "cr_frame",
    "ag_frame",
    "tb_frame",
    "tb_next",
    "f_globals",
    "f_locals",
    "f_back",
    "f_builtins",
    "f_code",
    "co_code",
    "co_consts",
    "modules",
    "mro",
    "append",
    "keys",
    "real",
    "x",
    "value",
]

BUILTINS = [
    "len",
    "str",
    "repr",
    "int",
    "float",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "enumerate",
    "zip",
    "map",
    "filter",
    "type",
    "hash",
    "iter",
    "next",
    "divmod",
    "pow",
    "round",
    "chr",
    "ord",
    "format",
    "bytes",
    "bytearray",
    "reversed",
    "any",
    "all",
    "bool",
    "callable",
    "hex",
    "bin",
    "oct",
    "ascii",
    "slice",
    "vars",
    "dir",
    "isinstance",
    "issubclass",
    "getattr",
    "hasattr",
    "object",
    "complex",
    "id",
    "globals",
    "locals",
    "super",
    "memoryview",
    "print",
]

MODULE_CALLS = {
    "math": [
        "sqrt({n})",
        "factorial({small})",
        "gcd({n}, {n})",
        "floor({e})",
        "ceil({e})",
        "log({e})",
        "isqrt({n})",
        "comb({small}, {small})",
        "prod({seq})",
        "fsum({seq})",
        "inf",
        "nan",
        "pi",
        "pow({e}, {e})",
        "dist({seq}, {seq})",
    ],
    "itertools": [
        "islice(itertools.count({n}), {small})",
        "product({seq}, repeat={small})",
        "permutations({seq}, {small})",
        "combinations({seq}, {small})",
        "chain({seq}, {seq})",
        "accumulate({seq})",
        "cycle({seq})",
        "repeat({e}, {small})",
        "groupby({seq})",
        "zip_longest({seq}, {seq})",
        "starmap(pow, [(2, {small})])",
        "tee({seq})",
    ],
    "collections": [
        "Counter({seq})",
        "deque({seq}, maxlen={small})",
        "defaultdict(list)",
        "OrderedDict(a=1)",
        "namedtuple('P', 'x y')({e}, {e})",
        "ChainMap({{}}, {{1: 2}})",
    ],
    "functools": [
        "reduce(lambda p, q: p + q, {seq})",
        "partial(pow, 2)({small})",
        "lru_cache(maxsize=None)(lambda q: q)({e})",
        "cmp_to_key(lambda p, q: 0)",
        "wraps(len)(lambda q: q)",
    ],
    "random": [
        "randint(0, {n})",
        "choice({seq})",
        "random()",
        "seed({e})",
        "shuffle(xs)",
        "sample({seq}, 1)",
        "getrandbits({small})",
    ],
    "time": ["time()", "monotonic()", "perf_counter()", "sleep({tiny})", "time_ns()", "localtime()"],
    "operator": [
        "add({e}, {e})",
        "mul({e}, {e})",
        "itemgetter(0)({seq})",
        "attrgetter('real')({n})",
        "methodcaller('bit_length')({n})",
        "getitem({seq}, {small})",
        "index({n})",
    ],
    "sys": [
        "getrecursionlimit()",
        "setrecursionlimit({rec})",
        "getsizeof({e})",
        "maxsize",
        "version",
        "modules",
        "exc_info()",
        "_getframe()",
        "stdout.write({str})",
        "stderr.write({str})",
        "argv",
        "platform",
        "exit({small})",
    ],
    "dataclasses": ["fields(Kd)", "asdict(Kd({e}))", "is_dataclass(Kd)", "replace(Kd(1), x={e})"],
    "asyncio": ["run(co())", "sleep({tiny})", "get_event_loop()", "iscoroutinefunction(co)"],
}

FORBIDDEN_MODULES = [
    "os",
    "builtins",
    "importlib",
    "ctypes",
    "subprocess",
    "inspect",
    "gc",
    "json",
    "io",
    "socket",
    "threading",
    "posix",
    "_io",
    "marshal",
    "pickle",
    "interp",
    "interp.host",
    "types",
    "re",
    "signal",
    "collections.abc",
    "abc",
    "__main__",
]

DUNDERS = [
    ("__init__", "self, *args", ["self.x = args"]),
    ("__repr__", "self", ["return {strexpr}"]),
    ("__str__", "self", ["return {strexpr}"]),
    ("__eq__", "self, other", ["return {e}"]),
    ("__hash__", "self", ["return {e}"]),
    ("__lt__", "self, other", ["return {e}"]),
    ("__len__", "self", ["return {e}"]),
    ("__bool__", "self", ["return {e}"]),
    ("__iter__", "self", ["return iter({seq})"]),
    ("__iter__", "self", ["yield {e}", "yield from {seq}"]),
    ("__next__", "self", ["raise StopIteration"]),
    ("__getitem__", "self, key", ["return {e}"]),
    ("__setitem__", "self, key, value", ["pass"]),
    ("__contains__", "self, item", ["return {e}"]),
    ("__call__", "self, *args, **kw", ["return {e}"]),
    ("__add__", "self, other", ["return {e}"]),
    ("__radd__", "self, other", ["return {e}"]),
    ("__mul__", "self, other", ["return {e}"]),
    ("__index__", "self", ["return {e}"]),
    ("__int__", "self", ["return {e}"]),
    ("__float__", "self", ["return {e}"]),
    ("__format__", "self, spec", ["return {strexpr}"]),
    ("__getattr__", "self, name", ["return {e}"]),
    ("__getattr__", "self, name", ["return getattr(self, name)"]),
    ("__getattribute__", "self, name", ["return object.__getattribute__(self, name)"]),
    ("__setattr__", "self, name, value", ["object.__setattr__(self, name, value)"]),
    ("__delattr__", "self, name", ["pass"]),
    ("__enter__", "self", ["return self"]),
    ("__exit__", "self, *exc", ["return {e}"]),
    ("__del__", "self", ["print('del')"]),
    ("__get__", "self, obj, owner=None", ["return {e}"]),
    ("__set__", "self, obj, value", ["pass"]),
    ("__set_name__", "self, owner, name", ["self.name = name"]),
    ("__init_subclass__", "cls, **kw", ["super().__init_subclass__()"]),
    ("__class_getitem__", "cls, item", ["return {e}"]),
    ("__missing__", "self, key", ["return {e}"]),
    ("__neg__", "self", ["return self"]),
    ("__reduce_ex__", "self, proto", ["return {e}"]),
    ("__dir__", "self", ["return {seq}"]),
    ("__await__", "self", ["yield", "return {e}"]),
    ("__aiter__", "self", ["return self"]),
    ("__anext__", "self", ["raise StopAsyncIteration"]),
    ("__instancecheck__", "self, other", ["return {e}"]),
    ("__repr__", "self", ["return repr(self)"]),
    ("__str__", "self", ["while True: pass"]),
    ("__str__", "self", ["raise {exc}"]),
    ("__hash__", "self", ["return hash(self)"]),
    ("__eq__", "self, other", ["return self == other"]),
]

BOMBS = [
    "while True: pass",
    "while True:\n    {v} = [{v}]",
    "{v} = 'a' * 10 ** {bigexp}",
    "{v} = [0] * 10 ** {bigexp}",
    "{v} = 10 ** 10 ** {bigexp}",
    "{v} = 2 ** (2 ** {bigexp})",
    "{v} = 1 << 10 ** {bigexp}",
    "{v} = str(10 ** 100000)",
    "{v} = int('9' * 100000)",
    "{v} = list(range(10 ** {bigexp}))",
    "{v} = sorted(range(10 ** {bigexp}))",
    "{v} = bytes(10 ** {bigexp})",
    "{v} = bytearray(10 ** {bigexp})",
    "{v} = 'x'.center(10 ** {bigexp})",
    "{v} = f'{{1:{{10 ** {bigexp}}}}}'",
    "{v} = '%*d' % (10 ** {bigexp}, 1)",
    "{v} = 'ab'.replace('', 'x' * 1000) * 1000",
    "{v} = [[0] * 1000 for _ in range(10 ** {bigexp})]",
    "{v} = {{i: i for i in range(10 ** {bigexp})}}",
    "{v} = 'a'\nwhile True:\n    {v} = {v} + {v}",
    "{v} = [1]\nwhile True:\n    {v} = {v} * 2",
    "{v} = [1]\nwhile True:\n    {v}.extend({v})",
    "def rec(k):\n    return rec(k + 1)\nrec(0)",
    "import sys\nsys.setrecursionlimit(10 ** 9)\ndef rec(k):\n    return rec(k + 1)\nrec(0)",
    "def rec(k):\n    try:\n        return rec(k + 1)\n    except RecursionError:\n        return rec(k + 1)\nrec(0)",
    "while True:\n    print('spam' * 100)",
    "print('x' * 10 ** {bigexp})",
    "import itertools\n{v} = list(itertools.product(range(100), repeat=10))",
    "import itertools\n{v} = list(itertools.permutations(range(20)))",
    "import itertools\nfor _ in itertools.count():\n    pass",
    "import math\n{v} = math.factorial(10 ** {bigexp})",
    "import math\n{v} = math.comb(10 ** {bigexp}, 10 ** ({bigexp} - 1))",
    "{v} = pow(3, 10 ** {bigexp})",
    "{v} = 10 ** {bigexp} * 'ab'",
    "{v} = ()\nfor _ in range(100000):\n    {v} = ({v}, {v})",
    "{v} = []\n{v}.append({v})\nstr({v} * 100000)",
    "{v} = {{}}\nfor i in range(10 ** 7):\n    {v}[i] = str(i) * 10",
    "def gen():\n    while True:\n        yield 1\nlist(gen())",
    "def gen():\n    yield from gen()\nlist(gen())",
    "{v} = '(' * 10000 + ')' * 10000\neval({v})",
    "{v} = '[' * 5000 + ']' * 5000\nexec({v})",
    "exec('x = 1\\n' * 100000)",
    "eval('1+' * 100000 + '1')",
    "eval('-' * 100000 + '1')",
    "eval('not ' * 100000 + '1')",
    "exec('def f():\\n' + ''.join(' ' * i + 'if 1:\\n' for i in range(1, 200)) + ' ' * 200 + 'pass')",
    "class Deep:\n    def __repr__(self):\n        return repr(self)\nrepr(Deep())",
    "class Loud(Exception):\n    def __str__(self):\n        while True:\n            pass\nraise Loud()",
    "class Loud(Exception):\n    def __str__(self):\n        return 'x' * 10 ** 8\nraise Loud()",
    "class Loud(Exception):\n    def __str__(self):\n        raise Loud()\nraise Loud()",
    "class Loud(Exception):\n    def __repr__(self):\n        return self\n    def __str__(self):\n        return 5\nraise Loud()",
    "class Nag:\n    def __del__(self):\n        while True:\n            pass\n{v} = Nag()\ndel {v}",
    "class Hh:\n    def __hash__(self):\n        while True:\n            pass\n{{Hh(): 1}}",
    "class Rr:\n    def __repr__(self):\n        while True:\n            pass\nRr()",
    "class Rr:\n    def __repr__(self):\n        return 'r' * 10 ** 8\nRr()",
    "{v} = [1]\nfor q in {v}:\n    {v}.append(q)",
    "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())",
    "import asyncio\nasync def fan(k):\n    await asyncio.gather(*[fan(k + 1) for _ in range(2)])\nasyncio.run(fan(0))",
    "{v} = lambda: {v}()\n{v}()",
    "{v} = 'a' * 10 ** 6\nfor _ in range(1000):\n    {v} = {v}.upper().lower()",
    "{v} = {{}}\n{v}.update(({k}, {k}) for {k} in range(10 ** 8))",
    "import functools\n@functools.lru_cache(None)\ndef fib(k):\n    return k if k < 2 else fib(k - 1) + fib(k - 2)\nfib(10 ** 5)",
    "{v} = [(yield) for _ in ()]",
    "import sys\nsys.stdout.write('z' * 10 ** 6)",
    "raise SystemExit({e})",
    "import sys\nsys.exit('bye')",
    "{v} = 9 ** 9 ** 9",
    "{v} = float('1e308') * 10\n{v} = int({v})",
    "{v} = (1).__class__.__subclasses__()",
    "{v} = ().__class__.__mro__[-1].__subclasses__()",
    "{v} = object.__subclasses__()",
    "{v} = type.__subclasses__(type)",
    "{v} = (lambda: 0).__globals__['__builtins__']",
    "{v} = (lambda: 0).__code__.co_consts",
    "{v} = [x for x in ().__class__.__base__.__subclasses__() if 'wrap' in str(x)]",
    "import sys\n{v} = sys._getframe().f_back.f_globals",
    "import sys\n{v} = sys._getframe().f_builtins",
    "{v} = __builtins__\n{v} = vars({v}) if {v} is not None else {v}",
    "{v} = __import__('os')",
    "{v} = globals()['__builtins__']",
    "def gg():\n    yield 1\n{v} = gg()\n{v} = {v}.gi_frame.f_globals",
    "try:\n    1 / 0\nexcept Exception as err:\n    {v} = err.__traceback__.tb_frame.f_globals",
    "{v} = type('T', (), {{}})\n{v} = {v}.__dict__",
    "{v} = object.__reduce_ex__(1, 2)",
    "{v} = (1).__reduce_ex__(2)",
    "{v} = [].__reduce_ex__(4)",
    "{v} = type.__dict__['__subclasses__']",
    "{v} = str.__dict__",
    "{v} = object.__getattribute__(print, '__self__')",
    "{v} = getattr(getattr, '__self__', None)",
    "{v} = print.__self__",
    "{v} = type(print)",
    "{v} = type(type(lambda: 0).__code__) if hasattr(type(lambda: 0), '__code__') else 0",
]


@dataclass
class Ctx:
    """Where the statement being generated sits: what is legal there."""

    depth: int = 0
    in_func: bool = False
    in_async: bool = False
    in_loop: bool = False
    in_class: bool = False


class Generator:
    """One program's worth of random choices (a ``random.Random`` and a budget)."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        #: A soft cap on the program's size, so that most programs stay small and fast.
        self.budget = rng.randint(10, 80)

    # -- helpers ---------------------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def pick(self, items: list) -> object:
        return self.r.choice(items)

    def var(self) -> str:
        return self.r.choice(VARS)

    def fill(self, template: str, ctx: Ctx) -> str:
        """Substitute a template's ``{key}`` placeholders (``{{`` and ``}}`` are braces)."""
        out = []
        i = 0
        while i < len(template):
            two = template[i : i + 2]
            if two in ("{{", "}}"):
                out.append(two[0])
                i += 2
            elif template[i] == "{":
                end = template.index("}", i)
                out.append(self.placeholder(template[i + 1 : end], ctx))
                i = end + 1
            else:
                out.append(template[i])
                i += 1
        return "".join(out)

    def placeholder(self, key: str, ctx: Ctx) -> str:
        r = self.r
        if key == "e":
            return self.expr(ctx, 2)
        if key == "n":
            return self.int_lit()
        if key == "small":
            return str(r.randint(0, 6))
        if key == "tiny":
            return self.pick(["0", "0.0", "0.001", "-1", "1e-9"])
        if key == "seq":
            return self.seq(ctx)
        if key == "str":
            return self.str_lit()
        if key == "strexpr":
            return self.pick(
                [self.str_lit(), self.fstring(ctx), "str(" + self.expr(ctx, 1) + ")", self.expr(ctx, 1)]
            )
        if key == "rec":
            return self.pick(["50", "100", "1000", "10 ** 6", "10 ** 9", "0", "-1", "2 ** 31"])
        if key == "bigexp":
            return str(r.randint(5, 12))
        if key == "v":
            return self.var()
        if key == "k":
            return "i"
        if key == "exc":
            return self.exc_expr(ctx)
        raise KeyError(key)

    def block(self, lines: list[str]) -> list[str]:
        return ["    " + line for line in lines] or ["    pass"]

    # -- literals ----------------------------------------------------------------------
    def int_lit(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.6:
            return str(r.randint(-3, 10))
        if k < 0.8:
            return str(r.choice([255, 256, 1000, 2**31, 2**63 - 1, 2**64, -(2**63), 10**20]))
        if k < 0.9:
            return self.pick(["0x_ff", "0o17", "0b1010", "1_000_000", "0"])
        return str(r.randint(-(10**40), 10**40))

    def str_lit(self) -> str:
        text = self.pick(
            ["", "a", "abc", "hello world", "\n", "\x00", "é", "🐍", "{", "%s", "\u2028", "a" * 40, "x y z"]
        )
        kind = self.r.random()
        if kind < 0.15:
            return "b" + repr(text.encode("utf-8"))[1:]
        if kind < 0.25 and "\\" not in repr(text):
            return "r" + repr(text)
        return repr(text)

    def float_lit(self) -> str:
        return self.pick(
            ["0.5", "1.0", "-2.5", "1e308", "1e-320", "3.14", "float('inf')", "float('nan')", "-0.0"]
        )

    def seq(self, ctx: Ctx) -> str:
        k = self.r.random()
        if k < 0.4:
            return "[" + ", ".join(self.expr(ctx, 0) for _ in range(self.r.randint(0, 4))) + "]"
        if k < 0.6:
            return f"range({self.r.randint(0, 8)})"
        if k < 0.7:
            return self.str_lit()
        if k < 0.8:
            return "xs"
        return "(" + "".join(self.expr(ctx, 0) + ", " for _ in range(self.r.randint(0, 3))) + ")"

    def fstring(self, ctx: Ctx) -> str:
        parts = []
        for _ in range(self.r.randint(0, 3)):
            if self.chance(0.5):
                parts.append(self.pick(["x", " ", "{{", "}}", "é", "=", ":"]))
            else:
                inner = self.expr(ctx, 1).replace("'", '"')
                if "\\" in inner or "\n" in inner:
                    inner = "1"
                conv = self.pick(["", "", "!r", "!s", "!a"])
                spec = self.pick(
                    ["", "", ":>10", ":^5", ":08.3f", ":x", ":,", ":{n}", ":!<3", ":=+5", ":%", ":e"]
                )
                eq = "=" if self.chance(0.1) else ""
                spec = spec.replace("{n}", "{" + self.pick(["3", "n", "-1"]) + "}")
                # Spaces keep an inner display from reading as an escaped brace.
                parts.append("{ " + inner + eq + conv + spec + "}")
        return "f'" + "".join(parts) + "'"

    # -- expressions ------------------------------------------------------------------
    def exc_expr(self, ctx: Ctx) -> str:
        name = self.pick(
            EXCS
            + [
                "ValueError",
                "TypeError",
                "KeyError",
                "StopIteration",
                "RuntimeError",
                "Exception",
                "BaseException",
            ]
        )
        if self.chance(0.5):
            return name
        return f"{name}({self.expr(ctx, 1)})"

    def expr(self, ctx: Ctx, depth: int) -> str:
        self.budget -= 1
        r = self.r
        if depth <= 0 or self.budget <= 0 or self.chance(0.25):
            return self.atom(ctx)
        k = r.random()
        if k < 0.18:
            op = self.pick(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"])
            return f"({self.expr(ctx, depth - 1)} {op} {self.expr(ctx, depth - 1)})"
        if k < 0.23:
            return f"({self.pick(['-', '+', '~', 'not '])}{self.expr(ctx, depth - 1)})"
        if k < 0.3:
            ops = [
                self.pick(["<", ">", "==", "!=", "<=", ">=", "in", "not in", "is", "is not"])
                for _ in range(r.randint(1, 2))
            ]
            text = self.expr(ctx, depth - 1)
            for op in ops:
                text += f" {op} {self.expr(ctx, depth - 1)}"
            return f"({text})"
        if k < 0.34:
            return f"({self.expr(ctx, depth - 1)} {self.pick(['and', 'or'])} {self.expr(ctx, depth - 1)})"
        if k < 0.37:
            return f"({self.expr(ctx, depth - 1)} if {self.expr(ctx, depth - 1)} else {self.expr(ctx, depth - 1)})"
        if k < 0.5:
            return self.builtin_call(ctx, depth)
        if k < 0.56:
            return self.module_call(ctx)
        if k < 0.64:
            return self.attribute(ctx, depth)
        if k < 0.69:
            base = self.expr(ctx, depth - 1)
            if self.chance(0.5):
                return f"{base}[{self.expr(ctx, depth - 1)}]"
            lo, hi, st = (self.pick(["", self.int_lit()]) for _ in range(3))
            return f"{base}[{lo}:{hi}" + (f":{st}" if st else "") + "]"
        if k < 0.75:
            return self.comprehension(ctx, depth)
        if k < 0.78:
            args = self.pick(["", "q", "q, w=1", "*q", "**q", "q, /, w", "*, q=2"])
            return f"(lambda {args}: {self.expr(ctx, depth - 1)})"
        if k < 0.8:
            return f"({self.var()} := {self.expr(ctx, depth - 1)})"
        if k < 0.84:
            return f"{self.pick(FUNCS + CLASSES + EXCS)}({self.args(ctx, depth)})"
        if k < 0.86 and ctx.in_async:
            return f"(await {self.pick(['co()', 'asyncio.sleep(0)', 'Kw()', self.expr(ctx, depth - 1)])})"
        if k < 0.88 and ctx.in_func and not ctx.in_async and not ctx.in_class:
            return (
                f"(yield {self.expr(ctx, depth - 1)})"
                if self.chance(0.7)
                else f"(yield from {self.seq(ctx)})"
            )
        if k < 0.9:
            return self.fstring(ctx)
        if k < 0.93:
            return (
                "{"
                + ", ".join(
                    f"{self.expr(ctx, 0)}: {self.expr(ctx, depth - 1)}" for _ in range(r.randint(0, 3))
                )
                + "}"
            )
        if k < 0.95:
            return "{" + ", ".join(self.expr(ctx, depth - 1) for _ in range(r.randint(1, 3))) + "}"
        if k < 0.97:
            return f"[*{self.seq(ctx)}, *{self.seq(ctx)}]"
        return self.pick(
            [
                f"eval({self.code_string(ctx)!r})",
                f"exec({self.code_string(ctx)!r})",
                f"compile({self.code_string(ctx)!r}, 'm', 'exec')",
                f"__import__({self.pick(FORBIDDEN_MODULES + list(MODULE_CALLS))!r})",
            ]
        )

    def code_string(self, ctx: Ctx) -> str:
        return self.expr(Ctx(), 2)

    def atom(self, ctx: Ctx) -> str:
        k = self.r.random()
        if k < 0.3:
            return self.var()
        if k < 0.5:
            return self.int_lit()
        if k < 0.6:
            return self.str_lit()
        if k < 0.65:
            return self.float_lit()
        if k < 0.75:
            return self.pick(["None", "True", "False", "...", "NotImplemented", "1j", "()", "[]", "{}", "xs"])
        if k < 0.85:
            return self.pick(FUNCS + CLASSES + EXCS + ["Kd", "co", "gen", "Kw", "Cm"])
        return self.pick(BUILTINS + ["object", "type", "Exception", "__name__", "__builtins__", "__debug__"])

    def args(self, ctx: Ctx, depth: int) -> str:
        out = [self.expr(ctx, depth - 1) for _ in range(self.r.randint(0, 3))]
        if self.chance(0.15):
            out.append("*" + self.seq(ctx))
        if self.chance(0.15):
            out.append(
                f"{self.pick(['key', 'x', 'default', 'reverse', 'sep', 'end', 'start'])}={self.expr(ctx, 0)}"
            )
        if self.chance(0.05):
            out.append("**{'k': 1}")
        return ", ".join(out)

    def builtin_call(self, ctx: Ctx, depth: int) -> str:
        name = self.pick(BUILTINS)
        if name in ("getattr", "hasattr") or (name == "vars" and self.chance(0.3)):
            target = self.expr(ctx, depth - 1)
            attr = self.attr_name_expr(ctx)
            if name == "getattr" and self.chance(0.5):
                return f"getattr({target}, {attr}, None)"
            return f"{name}({target}, {attr})"
        if name == "print":
            return f"print({self.args(ctx, depth)})"
        return f"{name}({self.args(ctx, depth)})"

    def attr_name_expr(self, ctx: Ctx) -> str:
        k = self.r.random()
        name = self.pick(ATTACK_NAMES)
        if k < 0.6:
            return repr(name)
        if k < 0.8:
            return f"'__' + {name.strip('_')!r} + '__'"
        if k < 0.9:
            return f"{name[::-1]!r}[::-1]"
        return f"chr(95) * 2 + {self.pick(['class', 'dict', 'globals', 'subclasses'])!r} + '_' * 2"

    def module_call(self, ctx: Ctx) -> str:
        module = self.pick(list(MODULE_CALLS))
        template = self.pick(MODULE_CALLS[module])
        return f"{module}.{self.fill(template, ctx)}"

    def attribute(self, ctx: Ctx, depth: int) -> str:
        base = self.expr(ctx, depth - 1)
        if not base.isidentifier():
            base = f"({base})"
        name = self.pick(ATTACK_NAMES)
        if self.chance(0.3):
            return f"{base}.{name}()"
        return f"{base}.{name}"

    def comprehension(self, ctx: Ctx, depth: int) -> str:
        var = self.pick(["i", "j", "q"])
        body = self.expr(ctx, depth - 1)
        clause = f"for {var} in {self.seq(ctx)}"
        if self.chance(0.3):
            clause += f" if {self.expr(ctx, depth - 1)}"
        if self.chance(0.2):
            clause += f" for {self.pick(['u', 'w'])} in {self.seq(ctx)}"
        if ctx.in_async and self.chance(0.2):
            clause = "async " + clause.replace(f"in {self.seq(ctx)}", "in agen()", 1)
        kind = self.r.random()
        if kind < 0.4:
            return f"[{body} {clause}]"
        if kind < 0.6:
            return f"{{{body} {clause}}}"
        if kind < 0.8:
            return f"{{{body}: {self.expr(ctx, 0)} {clause}}}"
        return f"({body} {clause})"

    # -- statements ---------------------------------------------------------------------
    def stmts(self, ctx: Ctx, count: int) -> list[str]:
        lines: list[str] = []
        for _ in range(count):
            if self.budget <= 0 and lines:
                break
            lines.extend(self.stmt(ctx))
        return lines or ["pass"]

    def stmt(self, ctx: Ctx) -> list[str]:
        self.budget -= 1
        r = self.r
        inner = Ctx(ctx.depth + 1, ctx.in_func, ctx.in_async, ctx.in_loop, False)
        deep = ctx.depth >= 4 or self.budget <= 0
        k = r.random()
        if k < 0.16 or deep and k < 0.5:
            target = self.pick(
                [
                    self.var(),
                    self.var(),
                    f"{self.var()}, *{self.var()}",
                    f"{self.var()}[0]",
                    f"{self.var()}.x",
                ]
            )
            return [f"{target} = {self.expr(ctx, 3)}"]
        if k < 0.22:
            op = self.pick(["+=", "-=", "*=", "//=", "%=", "**=", "|=", "&=", "^=", "<<=", ">>=", "@=", "/="])
            return [f"{self.var()} {op} {self.expr(ctx, 2)}"]
        if k < 0.34 or deep:
            return [self.expr(ctx, 3)]
        if k < 0.4:
            lines = [f"if {self.expr(ctx, 2)}:", *self.block(self.stmts(inner, r.randint(1, 3)))]
            if self.chance(0.3):
                lines += [f"elif {self.expr(ctx, 2)}:", *self.block(self.stmts(inner, 1))]
            if self.chance(0.4):
                lines += ["else:", *self.block(self.stmts(inner, 1))]
            return lines
        loop = Ctx(ctx.depth + 1, ctx.in_func, ctx.in_async, True, False)
        if k < 0.45:
            counter = self.pick(["_i", "_j"])
            body = self.stmts(loop, r.randint(1, 3))
            if self.chance(0.3):
                body.append(self.pick(["break", "continue", f"if {counter} > 2: break"]))
            return [
                f"{counter} = 0",
                f"while {counter} < {r.randint(0, 20)}:",
                f"    {counter} += 1",
                *self.block(body),
                *(["else:", "    pass"] if self.chance(0.2) else []),
            ]
        if k < 0.52:
            target = self.pick(["i", "j", "i, j", "*i, j", self.var()])
            body = self.stmts(loop, r.randint(1, 3))
            if self.chance(0.3):
                body.append(self.pick(["break", "continue"]))
            head = "async for" if ctx.in_async and self.chance(0.3) else "for"
            src = (
                "agen()"
                if head == "async for"
                else self.pick([self.seq(ctx), self.expr(ctx, 2), "gen()", "enumerate(xs)"])
            )
            return [f"{head} {target} in {src}:", *self.block(body)]
        if k < 0.58 and ctx.depth < 3:
            return self.funcdef(ctx)
        if k < 0.63 and ctx.depth < 3:
            return self.classdef(ctx)
        if k < 0.7:
            lines = ["try:", *self.block(self.stmts(inner, r.randint(1, 3)))]
            handlers = r.randint(0, 2)
            star = self.chance(0.1)
            for _ in range(handlers):
                exc = self.pick(
                    EXCS
                    + [
                        "Exception",
                        "ValueError",
                        "(TypeError, KeyError)",
                        "BaseException",
                        "ZeroDivisionError",
                    ]
                )
                lines += [
                    f"except{'*' if star else ''} {exc} as err:",
                    *self.block(self.stmts(inner, r.randint(1, 2))),
                ]
            if handlers and not star and self.chance(0.2):
                lines += ["except:", "    pass"]
            if handlers and self.chance(0.3):
                lines += ["else:", *self.block(self.stmts(inner, 1))]
            if not handlers or self.chance(0.4):
                lines += ["finally:", *self.block(self.stmts(inner, 1))]
            return lines
        if k < 0.74:
            cm = self.pick(["Cm()", "Cm() as cm", "Cm(), Cm() as cm2", self.expr(ctx, 1) + " as w"])
            head = "async with" if ctx.in_async and self.chance(0.3) else "with"
            if head == "async with":
                cm = "Acm() as am"
            return [f"{head} {cm}:", *self.block(self.stmts(inner, r.randint(1, 2)))]
        if k < 0.77:
            return self.match(ctx)
        if k < 0.8:
            exc = self.exc_expr(ctx)
            if self.chance(0.3):
                return [f"raise {exc} from {self.pick(['None', self.exc_expr(ctx)])}"]
            return [f"raise {exc}" if self.chance(0.9) else "raise"]
        if k < 0.82 and ctx.in_func:
            return [self.pick(["return", f"return {self.expr(ctx, 2)}"])]
        if k < 0.84 and ctx.in_loop:
            return [self.pick(["break", "continue"])]
        if k < 0.86:
            return [f"del {self.pick([self.var(), self.var() + '[0]', self.var() + '.x'])}"]
        if k < 0.88:
            return [f"assert {self.expr(ctx, 2)}, {self.str_lit()}"]
        if k < 0.9:
            mod = self.pick(list(MODULE_CALLS) + FORBIDDEN_MODULES)
            return [
                self.pick([f"import {mod}", f"from {mod} import *", f"import {mod} as m{r.randint(0, 2)}"])
            ]
        if k < 0.92 and ctx.in_func:
            return [f"{self.pick(['global', 'nonlocal'])} {self.var()}"] if not ctx.in_class else ["pass"]
        if k < 0.95:
            name = self.pick(ATTACK_NAMES)
            return (
                [f"setattr({self.expr(ctx, 1)}, {self.attr_name_expr(ctx)}, {self.expr(ctx, 1)})"]
                if self.chance(0.5)
                else [f"{self.expr(ctx, 1)}.{name} = {self.expr(ctx, 1)}"]
            )
        if k < 0.97:
            return [f"print({self.args(ctx, 2)})"]
        return self.fill(self.pick(BOMBS), ctx).split("\n") if ctx.depth == 0 else ["pass"]

    def funcdef(self, ctx: Ctx) -> list[str]:
        r = self.r
        is_async = self.chance(0.2)
        name = self.pick(FUNCS)
        params = self.pick(["", "x", "x, y=1", "*args, **kw", "x, /, y, *, z=2", "x=[]", "self", "x, *a"])
        inner = Ctx(ctx.depth + 1, True, is_async, False, False)
        body = self.stmts(inner, r.randint(1, 4))
        decorators = []
        if self.chance(0.15):
            decorators.append(
                "@"
                + self.pick(
                    [
                        "functools.lru_cache(None)",
                        "staticmethod",
                        "classmethod",
                        "property",
                        "functools.wraps(len)",
                        "(lambda fn: fn)",
                    ]
                )
            )
        head = f"{'async ' if is_async else ''}def {name}({params}):"
        return [*decorators, head, *self.block(body)]

    def classdef(self, ctx: Ctx) -> list[str]:
        r = self.r
        name = self.pick(CLASSES + EXCS)
        bases = self.pick(
            [
                "",
                "",
                "(Exception)",
                "(ValueError)",
                "(object)",
                "(int)",
                "(list)",
                "(dict)",
                "(str)",
                "(Kx)",
                "(metaclass=type)",
                "(type)",
                "(BaseException)",
                "(Kx, Ky)",
                "(tuple)",
            ]
        )
        if name in EXCS and self.chance(0.8):
            bases = "(Exception)"
        lines: list[str] = []
        if self.chance(0.1):
            lines.append("@dataclasses.dataclass")
        lines.append(f"class {name}{bases}:")
        body: list[str] = []
        if self.chance(0.2):
            body.append("__slots__ = " + self.pick(["()", "('x',)", "['x', 'y']"]))
        if self.chance(0.3):
            body.append(f"attr = {self.expr(ctx, 1)}")
        for _ in range(r.randint(0, 4)):
            dunder, params, tmpl = self.pick(DUNDERS)
            mctx = Ctx(ctx.depth + 2, True, dunder in ("__anext__",), False, False)
            method = [f"def {dunder}({params}):", *self.block([self.fill(t, mctx) for t in tmpl])]
            if dunder in ("__init_subclass__", "__class_getitem__"):
                method = ["@classmethod", *method]
            body.extend(method)
        if self.chance(0.3):
            body.extend(self.funcdef(Ctx(ctx.depth + 1, False, False, False, True)))
        return lines + self.block(body or ["pass"])

    def match(self, ctx: Ctx) -> list[str]:
        lines = [f"match {self.expr(ctx, 2)}:"]
        for _ in range(self.r.randint(1, 4)):
            pattern = self.pick(
                [
                    "0",
                    "'a'",
                    "None",
                    "True",
                    "-1",
                    "1 | 2 | 3",
                    "[a, b]",
                    "[a, *rest]",
                    "(1, _)",
                    "{'k': v}",
                    "{'k': 1, **kw}",
                    "str() as t",
                    "int(x)",
                    "Kx()",
                    "Kx(x=1)",
                    "[[_], {}]",
                    "x if x",
                    "Point(x=0)",
                    "float() | int()",
                    "b'x'",
                    "1j",
                ]
            )
            guard = f" if {self.expr(ctx, 1)}" if self.chance(0.2) else ""
            lines += [
                f"    case {pattern}{guard}:",
                *[
                    "    " + s
                    for s in self.block(
                        self.stmts(Ctx(ctx.depth + 2, ctx.in_func, ctx.in_async, ctx.in_loop), 1)
                    )
                ],
            ]
        if self.chance(0.5):
            lines += ["    case _:", "        pass"]
        return lines

    # -- the program ------------------------------------------------------------------
    def prelude(self) -> list[str]:
        """Definitions most programs start with, so that names mostly resolve."""
        lines = []
        if self.chance(0.8):
            lines += [
                f"{v} = {self.pick(['0', '1', repr('s'), '[1, 2, 3]', 'None', '2 ** 70', '{}'])}"
                for v in VARS
            ]
            lines += ["xs = [3, 1, 2]", "n = 5"]
        if self.chance(0.7):
            # Names the statements refer to, so that most programs get past their first line.
            lines += [
                "def f(*args, **kw):",
                "    return args",
                "def g(x=0):",
                "    yield x",
                "h = lambda *a: a",
                "class Kx:",
                "    x = 1",
                "class Ky(Kx):",
                "    def __init__(self, *args):",
                "        self.args = args",
                "Kz = type('Kz', (Kx,), {})",
                "class Ex(Exception):",
                "    pass",
                "class Ey(Ex, KeyError):",
                "    def __str__(self):",
                "        return 'ey'",
            ]
        if self.chance(0.5):
            lines += [
                "class Cm:",
                "    def __enter__(self):",
                "        return self",
                "    def __exit__(self, *exc):",
                f"        return {self.pick(['False', 'True', 'None', '1'])}",
                "class Acm:",
                "    async def __aenter__(self):",
                "        return self",
                "    async def __aexit__(self, *exc):",
                "        return False",
                "def gen():",
                "    yield 1",
                "    x = yield 2",
                "    yield from range(3)",
                "    return x",
                "async def agen():",
                "    yield 1",
                "    yield 2",
                "async def co():",
                "    await asyncio.sleep(0)",
                "    return 7",
                "class Kw:",
                "    def __await__(self):",
                "        yield",
                "        return 3",
            ]
        if self.chance(0.3):
            lines += ["@dataclasses.dataclass", "class Kd:", "    x: int = 0"]
        return lines

    def program(self) -> str:
        r = self.r
        lines = self.prelude()
        top = Ctx()
        guarded = self.chance(0.6)
        for _ in range(r.randint(1, 10)):
            stmt = self.stmt(top)
            if guarded and self.chance(0.8):
                # Keep going past an exception, so that later statements run too.
                stmt = [
                    "try:",
                    *self.block(stmt),
                    "except Exception as err:",
                    "    print(type(err).__name__)",
                ]
            lines += stmt
        if self.chance(0.25):
            # An async main: the asyncio machinery, task switching and cancellation.
            body = self.stmts(Ctx(1, True, True, False, False), r.randint(1, 5))
            lines += ["import asyncio", "async def main():", *self.block(body)]
            lines += [
                self.pick(
                    ["asyncio.run(main())", "await main()", "asyncio.run(asyncio.wait_for(main(), 0.01))"]
                )
            ]
            if self.chance(0.3):
                lines += [
                    "async def many():",
                    "    return await asyncio.gather(main(), co(), return_exceptions=True)",
                    "asyncio.run(many())",
                ]
        if self.chance(0.3):
            lines.append(self.expr(top, 3))
        return self.with_imports(lines)

    def with_imports(self, lines: list[str]) -> str:
        """The program, headed by imports of the sandbox modules it names."""
        text = "\n".join(lines) + "\n"
        used = [m for m in MODULE_CALLS if m + "." in text]
        if used and self.chance(0.95):
            text = f"import {', '.join(used)}\n" + text
        return text


MUTATION_CHARS = list("()[]{}:;,.'\"\\\n\t #@=*+-~!%<>`$?") + [
    "\x00",
    "\r",
    "\x0c",
    "é",
    "\u2028",
    "\ufeff",
    "'''",
    '"""',
    "    ",
    "lambda",
    "yield",
    "async",
    "await",
    "f'",
    "{{",
    "}}",
    ":=",
    "**",
    "->",
    "...",
    "0x",
    "1e",
    "_",
]
KEYWORDS = [
    "if",
    "else",
    "for",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "await",
    "async",
    "lambda",
    "try",
    "except",
    "finally",
    "with",
    "match",
    "case",
    "del",
    "pass",
    "global",
    "nonlocal",
    "import",
    "from",
    "as",
    "not",
    "in",
    "is",
    "and",
    "or",
    "raise",
    "assert",
    "type",
    "print",
]


def mutate(text: str, rng: random.Random) -> str:
    """A few byte- and token-level edits of ``text``, to reach the parser's error paths."""
    for _ in range(rng.randint(1, 3)):
        if not text:
            text = rng.choice(MUTATION_CHARS)
            continue
        pos = rng.randrange(len(text))
        kind = rng.random()
        if kind < 0.25:
            text = text[:pos] + text[pos + 1 :]
        elif kind < 0.5:
            text = text[:pos] + rng.choice(MUTATION_CHARS) + text[pos:]
        elif kind < 0.6:
            end = min(len(text), pos + rng.randint(1, 20))
            text = text[:pos] + text[end:]
        elif kind < 0.7:
            text = text[:pos]
        elif kind < 0.8:
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines.insert(i, rng.choice(lines))
            if rng.random() < 0.5:
                lines[i] = rng.choice(["", " ", "\t", "        "]) + lines[i]
            text = "\n".join(lines)
        elif kind < 0.9:
            text = text[:pos] + " " + rng.choice(KEYWORDS) + " " + text[pos:]
        else:
            # Swap two chunks: keeps the tokens, breaks the structure.
            other = rng.randrange(len(text))
            lo, hi = sorted((pos, other))
            text = text[hi:] + text[lo:hi] + text[:lo]
    return text


#: What share of programs each kind is (documented in README.md).
MUTATED_SHARE = 0.15
BOMB_SHARE = 0.03


def program(seed: int, index: int) -> str:
    """Program number ``index`` of the run with ``seed``: the same pair, the same text."""
    rng = random.Random(f"{seed}:{index}")
    kind = rng.random()
    gen = Generator(rng)
    if kind < BOMB_SHARE:
        return gen.with_imports(gen.prelude() + gen.fill(gen.pick(BOMBS), Ctx()).split("\n"))
    text = gen.program()
    if kind < BOMB_SHARE + MUTATED_SHARE:
        text = mutate(text, rng)
    return text


if __name__ == "__main__":
    import sys

    s = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3):
        print(f"# --- program {i}")
        print(program(s, i))
