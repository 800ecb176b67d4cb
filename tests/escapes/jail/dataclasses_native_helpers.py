# kind jail: dataclasses' native helpers (_init_function, _attribute_tuple) called directly with hostile arguments, and the functions they make probed for their host body, code, closure and globals
import dataclasses
from dataclasses import dataclass, field

make, getter = dataclasses._init_function, dataclasses._attribute_tuple


def leaks(value):
    text = repr(value)
    return "interp" in text or "<module" in text or "function _" in text or "cell" in text


for fn in (make, getter):
    for name in ("__self__", "__module__", "__globals__", "__closure__", "__code__", "__wrapped__", "fn", "__func__", "__dict__", "__reduce__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        if leaks(v):
            print("ESCAPED", fn, name, repr(v)[:100])


class Sneaky(str):
    def __eq__(self, other):
        print("ESCAPED: host compared a str subclass")
        return True

    def __hash__(self):
        print("ESCAPED: host hashed a str subclass")
        return 1


good = ("C.__init__", "self", ("a",), (), (), {}, (("a", 0, None),), None, False, object(), {})
bad_calls = [
    (),
    good[:-1],
    ("C.__init__", "x); import os; (", ("a",), (), (), {}, (("a", 0, None),), None, False, None, {}),
    ("C.__init__", "self", (Sneaky("a"),), (), (), {}, (("a", 0, None),), None, False, None, {}),
    ("C.__init__", "self", ("a", "a"), (), (), {}, (), None, False, None, {}),
    ("C.__init__", "self", ("class",), (), (), {}, (), None, False, None, {}),
    ("C.__init__", "self", ["a"], (), (), {}, (), None, False, None, {}),
    ("C.__init__", "self", ("a",), (), (1, 2, 3), {}, (), None, False, None, {}),
    ("C.__init__", "self", ("a",), ("b",), (), {"zz": 1}, (), None, False, None, {}),
    ("C.__init__", "self", ("a",), (), (), {}, (("nope", 0, None),), None, False, None, {}),
    ("C.__init__", "self", ("a",), (), (), {}, (("a", 7, None),), None, False, None, {}),
    ("C.__init__", "self", ("a",), (), (), {}, ((Sneaky("a"), 3, None),), None, False, None, {}),
    ("C.__init__", "self", ("a",), (), (), {}, (), ("ghost",), False, None, {}),
    ("C.__init__", "self", ("a",), (), (), {}, (), None, False, None, []),
    (Sneaky("q"), "self", ("a",), (), (), {}, (), None, False, None, {}),
]
for args in bad_calls:
    try:
        make(*args)
        print("accepted", len(args))
    except TypeError as e:
        print("TypeError", e)
for args in [(), (["a"],), ((Sneaky("a"),),), (("a",), 1)]:
    try:
        getter(*args)
        print("accepted")
    except TypeError as e:
        print("TypeError", e)

# A made function: its views are sandbox values only.
own_globals = {"marker": 1}
init = make("C.__init__", "self", ("a",), ("b",), (5,), {"b": 6}, (("a", 0, None), ("b", 2, print), ("c", 3, [1])), ("b",), False, None, own_globals)
for name in ("__code__", "__globals__", "__closure__", "__defaults__", "__kwdefaults__", "__name__", "__qualname__", "__module__", "__dict__"):
    try:
        v = getattr(init, name)
    except Exception as e:
        v = type(e).__name__
    print(name, repr(v)[:80])
    if leaks(v) and name != "__globals__":
        print("ESCAPED", name, repr(v)[:100])
print(init.__globals__ is own_globals)


class Target:
    def __post_init__(self, b):
        print("post_init got", b)


t = Target()
init(t, 1, b=2)
print(sorted(vars(t)))
for victim in (5, "text", Target, dataclasses, print):
    try:
        init(victim, 1)
        print("stored on", type(victim).__name__)
    except Exception as e:
        print(type(e).__name__)


# A factory that is a builtin, a class, a host-facing callable; a factory that recurses.
def forever():
    return Deep()


@dataclass
class Deep:
    inner: object = field(default_factory=forever)


try:
    Deep()
except RecursionError:
    print("RecursionError")

values = getter(("__class__", "__dict__", "__init__"))
for obj in (Target(), 3, dataclasses):
    try:
        v = values(obj)
        print([type(x).__name__ for x in v])
        if any(leaks(x) for x in v[:1]):
            print("ESCAPED", v)
    except AttributeError as e:
        print("AttributeError")


class Loud:
    def __getattr__(self, name):
        return Loud()

    def __repr__(self):
        return repr(self.next)


try:
    getter(("x",))(Loud())
    repr(Loud())
except RecursionError:
    print("RecursionError")
