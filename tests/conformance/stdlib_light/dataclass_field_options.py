from dataclasses import dataclass, field, replace
@dataclass
class Config:
    name: str
    debug: bool = False
    retries: int = field(default=3, compare=False)
    secret: str = field(default="x", repr=False)
    plugins: dict = field(default_factory=dict)
c1 = Config("a")
c2 = Config("a", retries=10)
print(c1, c1 == c2)
c3 = replace(c1, debug=True)
print(c3, c1.debug)
print(Config.__dataclass_fields__["retries"].default, Config.__dataclass_fields__["plugins"].default_factory)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError:
    print("ValueError mutable default")
