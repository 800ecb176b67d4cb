for obj, name in [(1, "foo"), ("s", "append"), ([], "upper"), (None, "x"), ({}, "add")]:
    try:
        getattr(obj, name)
    except AttributeError:
        print(type(obj).__name__, "has no", name)
try:
    (5).real = 3
except AttributeError:
    print("AttributeError: readonly real")
try:
    "abc".upper = None
except AttributeError:
    print("AttributeError: str attr")
class S:
    __slots__ = ()
try:
    S().x = 1
except AttributeError:
    print("AttributeError: slots")
print(getattr([], "append").__name__)
try:
    [].push(1)
except Exception as e:
    print("caught", type(e).__name__)
