from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int

    def __post_init__(self):
        if self.x < 0:
            raise ValueError("x must be >= 0")


Point(-1, 2)
