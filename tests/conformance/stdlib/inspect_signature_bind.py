# Signature.bind and bind_partial: which argument lands in which parameter, and the
# TypeError messages of calls that would fail (each CPython words a few differently).
# BoundArguments: arguments, args, kwargs, apply_defaults, signature, repr, ==.
import inspect


def target(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


def plain(x, y, *, z):
    pass


def posonly_defaults(p, q=1, /, **rest):
    pass


def posonly_required(p, /, r=0):
    pass


def empty():
    pass


def try_bind(sig, *args, partial=False, **kwargs):
    binder = sig.bind_partial if partial else sig.bind
    try:
        bound = binder(*args, **kwargs)
    except TypeError as error:
        print("   TypeError:", error)
        return None
    print("  ", bound, bound.args, bound.kwargs)
    return bound


for fn, calls in [
    (
        target,
        [
            ((1,), {"d": 4}),
            ((1, 2, 3, 4, 5), {"d": 6, "extra": 7}),
            ((), {}),
            ((1,), {}),
            ((1,), {"a": 5, "d": 1}),
            ((1, 2, 3), {"c": 9, "d": 1}),
            ((1,), {"b": 2, "d": 1}),
        ],
    ),
    (
        plain,
        [
            ((1, 2), {"z": 3}),
            ((1, 2, 3), {}),
            ((1,), {"y": 2, "z": 3}),
            ((1,), {"z": 3}),
            ((1, 2), {}),
            ((), {"x": 1, "y": 2, "z": 3, "w": 4}),
            ((1,), {"x": 1, "y": 2, "z": 3}),
        ],
    ),
    (posonly_defaults, [((1,), {}), ((1,), {"q": 2}), ((), {"p": 1}), ((1, 2), {"p": 3})]),
    (posonly_required, [((), {"p": 1}), ((1,), {"p": 1}), ((1, 2, 3), {})]),
    (empty, [((), {}), ((1,), {}), ((), {"a": 1})]),
]:
    sig = inspect.signature(fn)
    print(fn.__name__, sig)
    for args, kwargs in calls:
        try_bind(sig, *args, **kwargs)

print("partial")
sig = inspect.signature(target)
try_bind(sig, partial=True)
try_bind(sig, 1, partial=True)
try_bind(sig, e=1, partial=True)
try_bind(sig, 1, 2, 3, 4, partial=True, d=5, z=6)
try_bind(sig, 1, 2, partial=True, a=3)
try_bind(inspect.signature(plain), 1, 2, 3, partial=True)
try_bind(inspect.signature(plain), partial=True, w=0)

print("apply_defaults")
bound = sig.bind(1, d=4)
bound.apply_defaults()
print(bound, bound.args, bound.kwargs)
partial = sig.bind_partial(e=9)
partial.apply_defaults()
print(partial)
print(bound.signature is sig, bound == sig.bind(1, 2, 3, d=4, e=5, args=(), kw={}) or "not equal")

# Editing arguments changes args and kwargs.
bound = inspect.signature(plain).bind(1, 2, z=3)
bound.arguments["y"] = 20
print(bound.args, bound.kwargs)
del bound.arguments["x"]
print(bound.args, bound.kwargs)
print(bound == inspect.signature(plain).bind_partial(y=20, z=3), bound != 5)

# A call rebuilt from args/kwargs reaches the function with the same values.
def show(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


bound = inspect.signature(show).bind(10, 20, 30, 40, d=50, f=60)
print(show(*bound.args, **bound.kwargs))
bound.apply_defaults()
print(show(*bound.args, **bound.kwargs))
