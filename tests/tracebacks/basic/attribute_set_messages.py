# Setting or deleting an attribute an object without a __dict__ does not have: 3.12+
# adds "and no __dict__ for setting new attributes" and suggests a close name; 3.11 does
# neither.
import sys


class Slotted:
    __slots__ = ("width",)


class Plain:
    pass


attempts = [
    lambda: setattr(1, "reall", 2),
    lambda: setattr(Slotted(), "widht", 2),
    lambda: delattr(Slotted(), "widht"),
    lambda: delattr(Plain(), "missing"),
    lambda: setattr("text", "upper", 1),
]
for attempt in attempts:
    try:
        attempt()
    except AttributeError as e:
        print(e, repr(e.name), file=sys.stderr)
box = Slotted()
box.widht = 3
