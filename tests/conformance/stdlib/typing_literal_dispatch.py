# Literal and Union in a small command dispatcher; get_args drives validation.
from typing import Literal, Union, get_args

Command = Literal["start", "stop", "status"]
Number = Union[int, float]


def run(cmd: str, arg: Number = 0) -> str:
    if cmd not in get_args(Command):
        raise ValueError(f"unknown command {cmd!r}; expected one of {get_args(Command)}")
    if not isinstance(arg, get_args(Number)):
        raise TypeError(f"bad argument {arg!r}")
    return f"{cmd}({arg})"


for c, a in [("start", 1), ("status", 2.5), ("stop", 0)]:
    print(run(c, a))
for c, a in [("jump", 1), ("start", "x")]:
    try:
        run(c, a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(Command, Literal["a"] | None)
print(Union[Command, None])
