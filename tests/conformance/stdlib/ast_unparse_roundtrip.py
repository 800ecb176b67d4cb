# ast.unparse of parsed code, and parse(unparse(tree)) gives the same dump.
import ast

SOURCES = [
    "x = 1 + 2 * (3 - 4) ** -5",
    "def f(a, /, b: int = 1, *c, d, e=2, **f) -> list[int]:\n    return [i for i in range(a) if i % 2]",
    "class A(B, metaclass=M):\n    @property\n    def x(self):\n        '''doc'''\n        return self._x",
    "async def g():\n    async with a as b:\n        await c\n    async for i in d:\n        yield i",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0) | None:\n        pass\n    case _ if g:\n        pass",
    "f'{a!r:>{w}} and {b=}' + 'plain'",
    "lambda x, *y, z=1: (x, y, z)",
    "a if b else c; not a; -b; a < b < c; a[1:2, ::3]",
    "with a() as (b, c), d:\n    global g\n    nonlocal_ = {1, 2}; e = {1: 2, **f}",
    "x: int\ny: 'str' = 'a'\nz += 1",
    "while True:\n    if a:\n        break\n    elif b:\n        continue\n    else:\n        pass",
    "import a.b as c\nfrom ..d import (e, f as g)\nfrom . import h",
    "print(*args, sep='', **kw)\n(yield)\n",
    "assert x, 'message'; (n := 5)",
]
for source in SOURCES:
    tree = ast.parse(source)
    text = ast.unparse(tree)
    print(text)
    again = ast.parse(text)
    print("same:", ast.dump(again) == ast.dump(tree))
    print("---")
