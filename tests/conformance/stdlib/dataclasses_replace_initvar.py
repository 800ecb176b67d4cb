# replace(): InitVars must be given again, init=False fields cannot be, __post_init__
# runs on the new object; fields(), is_dataclass() on classes and instances.
from dataclasses import dataclass, field, replace, fields, is_dataclass, InitVar


@dataclass
class Temperature:
    celsius: float
    unit: InitVar[str] = "C"
    label: str = field(init=False, default="")
    history: list = field(init=False, default_factory=list)

    def __post_init__(self, unit):
        if unit == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)
        self.label = f"{self.celsius}C"
        self.history.append(unit)


t = Temperature(212, "F")
print(t, t.label, t.history)
r = replace(t, celsius=50)
print(r, r.label, r.history, r.history is t.history)
try:
    replace(t, label="x")
except (ValueError, TypeError) as error:
    print(type(error).__name__, error)
print(replace(t, unit="F"))


@dataclass
class Needs:
    x: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.x *= factor


n = Needs(2, 3)
print(n)
try:
    replace(n)
except (ValueError, TypeError) as error:
    print(type(error).__name__, error)
print(replace(n, factor=10))
try:
    replace(n, factor=1, nope=2)
except TypeError as error:
    print("TypeError", error)
try:
    replace(Needs, x=1)
except TypeError as error:
    print("TypeError", error)
print(is_dataclass(Needs), is_dataclass(n), is_dataclass(int), is_dataclass("x"))
print([f.name for f in fields(n)], [f.name for f in fields(Temperature)])
try:
    fields(3)
except TypeError as error:
    print("TypeError", error)
print("factor" in Needs.__dataclass_fields__, "unit" in Temperature.__dataclass_fields__)


@dataclass
class NoInit:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a + 1


print(NoInit(1), replace(NoInit(1), a=5))
