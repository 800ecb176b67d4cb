# Field objects: metadata as a read-only live view, their attributes, InitVar and Field
# subscripts, the sentinels, class attributes holding plain defaults, and the class
# docstring made from the __init__ signature.
from dataclasses import dataclass, field, fields, Field, MISSING, KW_ONLY, InitVar
import types
meta = {}
@dataclass
class M:
    a: int = field(default=1, metadata=meta)
    b: int = field(default=2, metadata={"unit": "cm"})
    c: int = 3
meta["late"] = True
fa, fb, fc = fields(M)
print(dict(fa.metadata), dict(fb.metadata), dict(fc.metadata), fb.metadata["unit"])
try:
    fb.metadata["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(type(fa).__name__, isinstance(fa, Field), fa.name, fa.type, fa.default, fa.default_factory is MISSING, fa.init, fa.repr, fa.hash, fa.compare, fa.kw_only)
print(Field[int] is not None, InitVar[int], InitVar[list[int]], InitVar("x"))
print(repr(KW_ONLY).startswith("<dataclasses._KW_ONLY_TYPE object"), repr(MISSING).startswith("<dataclasses._MISSING_TYPE object"))
print(M.a, M.b, "a" in M.__dict__)
@dataclass
class N:
    x: list = field(default_factory=list, repr=False, hash=None, compare=True, init=False)
    y: int = field(default=5, kw_only=True)
n = N(y=3)
print(n, n.x, N.__dataclass_fields__["x"].default_factory)
print(M.__doc__, N.__doc__)
