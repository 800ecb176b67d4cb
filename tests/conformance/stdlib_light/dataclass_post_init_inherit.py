from dataclasses import dataclass, field
@dataclass
class Base:
    id: int
    label: str = "base"
    def __post_init__(self):
        self.label = self.label.upper()
@dataclass
class Child(Base):
    extra: list = field(default_factory=lambda: [0])
    computed: int = field(init=False, repr=False)
    def __post_init__(self):
        super().__post_init__()
        self.computed = self.id * 10
c = Child(3, "kid")
print(c, c.computed)
print(Child(1), Base(2))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass(repr=False)
class NoRepr:
    v: int
    def __repr__(self):
        return f"<NoRepr {self.v}>"
print(NoRepr(5))
