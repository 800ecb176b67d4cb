# Final, ClassVar, final decorator and their runtime behaviour.
from typing import ClassVar, Final, final, get_type_hints

MAX: Final = 10
RATE: Final[float] = 0.5


class Config:
    instances: ClassVar[int] = 0
    name: Final[str] = "cfg"

    def __init__(self):
        Config.instances += 1


@final
class Leaf:
    @final
    def method(self) -> int:
        return 1


Config()
Config()
print(MAX, RATE, Config.instances, Config.name)
print(get_type_hints(Config))
print(__annotations__)
print(Leaf().method(), getattr(Leaf, "__final__", None), getattr(Leaf.method, "__final__", None))
print(ClassVar[int], Final[int])
try:
    ClassVar[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Final[1, 2]
except TypeError as e:
    print("TypeError", e)
