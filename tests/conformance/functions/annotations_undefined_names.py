# Annotations naming what exists only for type checkers (`if TYPE_CHECKING:` imports).
# CPython 3.11 evaluates them at definition (NameError); from 3.14 they are evaluated
# only when read (PEP 649), so the definitions work and the program runs.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import ClassVar, Self

print("start")


def scale(value: "float", factor: Self) -> Self:
    return value * factor


print(scale(2, 3))


class Settings:
    name: ClassVar[str]
    size: int = 3

    def copy(self) -> Self:
        return Settings()


print(Settings.size, type(Settings().copy()).__name__)
