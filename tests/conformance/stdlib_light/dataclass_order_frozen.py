from dataclasses import dataclass, FrozenInstanceError
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), max(vs), Version(2) >= Version(1, 99))
@dataclass(frozen=True)
class Pt:
    x: int
    y: int
p = Pt(1, 2)
try:
    p.x = 5
except FrozenInstanceError:
    print("FrozenInstanceError")
print(hash(p) == hash(Pt(1, 2)), {p: "ok"}[Pt(1, 2)], p)
print(isinstance(FrozenInstanceError(), AttributeError))
