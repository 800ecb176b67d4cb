from dataclasses import dataclass, KW_ONLY
@dataclass(kw_only=True)
class Opts:
    a: int
    b: int = 2
print(Opts(a=1), Opts(b=5, a=0))
try:
    Opts(1)
except TypeError:
    print("TypeError positional")
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = 0
print(Mixed(1, z=3))
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "s"
s = Slotted(1)
print(s, hasattr(s, "__dict__"), Slotted.__slots__)
