# ast.parse + ast.dump of a varied program: statements, expressions, positions.
import ast

SOURCE = '''
import os.path as p, sys
from .pkg import (a as b, c)
@decorator(1)
class C(Base, metaclass=M):
    """doc"""
    x: int = 3
    async def m(self, a, /, b=2, *args, c, d=4, **kw) -> "R":
        async with ctx() as (u, v), other:
            async for i in aiter():
                await g(i)
        return [y async for y in z if y]
def gen():
    yield 1
    x = yield from other()
    global G
    nonlocal_ok = lambda q, *, r=1: q + r
try:
    pass
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
else:
    del a[1:2, ::3], b.c
finally:
    assert x, "msg"
try:
    pass
except* OSError:
    pass
while not (a and b or c):
    if a < b <= c is not d in e not in f:
        break
    elif ~a ** -b // +c @ d:
        continue
    else:
        a += 1; b |= c; d >>= e
for k, *rest in {1: 2, **m}.items():
    print({k}, {x for x in rest}, {x: y for x, y in z}, (w for w in v), [*a, *b])
with open(f) as fh:
    (n := 10)
x = a if b else c
y = 1e10 + 2j + 0x1F + 1_000 + ... + None + True + 'a' 'b' + b'x' + u'u'
s[1:2:3]
'''
tree = ast.parse(SOURCE)
print(ast.dump(tree))
print(ast.dump(tree, indent=2)[:3000])
print(ast.dump(tree.body[3], include_attributes=True))
print(ast.dump(ast.parse("a + b * c", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(type(tree).__name__, tree._fields, type(tree.body[0]).__mro__)
print(len(list(ast.walk(tree))))
