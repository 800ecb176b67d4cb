# kind jail: __doc__ read off every runtime object, class and builtin (host docstrings of runtime classes, a non-str __doc__, setting one)
import builtins
import types

seen = []
objects = [getattr(builtins, name) for name in dir(builtins)]
objects += [type(o) for o in objects]
objects += [len, [].append, {}.get, iter([]), map(abs, []), zip(), enumerate([]), reversed([]),
            (lambda: 0), (x for x in ()), types.SimpleNamespace(), object(), type, super,
            property(), classmethod(len), staticmethod(len), memoryview(b"x"), NotImplemented,
            Ellipsis, None, 1, "s", b"b", 1.5, 2j, range(3), slice(1), frozenset(), ValueError()]
for obj in objects:
    for target in (obj, type(obj)):
        try:
            doc = target.__doc__
        except AttributeError:
            continue
        if doc is not None and type(doc) is not str:
            print("ESCAPED: a __doc__ that is not a str:", type(doc))
        # The runtime's own docstrings talk of these; CPython's never do.
        if isinstance(doc, str) and any(w in doc.lower() for w in ("sandbox", "trampoline", "(generator)", "the runtime")):
            print("ESCAPED: a runtime docstring:", repr(doc[:60]))
        seen.append(doc)
for target in (len, [].append, int, map):
    try:
        target.__doc__ = "changed"
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
print(len(seen) > 50, len.__doc__ == "Return the number of items in a container.")
