# Signature features of newer CPythons, each behind a check so every version prints
# what its own CPython does: functools.Placeholder in partials (3.14),
# annotation_format= (3.14), Signature.format (3.13), copy.replace (3.13).
import copy
import functools
import inspect


def target(a, b, /, c, d=4, *, e=5):
    pass


def annotated(x: int, y: "list[str]" = None) -> "dict[int, str]":
    pass


hole = getattr(functools, "Placeholder", None)
if hole is not None:
    for label, obj in [
        ("first open", functools.partial(target, hole, 2)),
        ("second open", functools.partial(target, 1, hole, 3)),
        ("c open", functools.partial(target, 1, 2, hole, 4)),
        ("c open, e keyword", functools.partial(target, 1, 2, hole, e=50)),
    ]:
        print(label, inspect.signature(obj))

    class Grid:
        def put(self, row, column, value=None):
            pass

        put_column = functools.partialmethod(put, hole, 0)

    print(inspect.signature(Grid.put_column), inspect.signature(Grid().put_column))
else:
    print("no functools.Placeholder")

try:
    import annotationlib
except ImportError:
    print("no annotationlib")
else:
    for fmt in [annotationlib.Format.VALUE, annotationlib.Format.STRING, annotationlib.Format.FORWARDREF]:
        sig = inspect.signature(annotated, annotation_format=fmt)
        print(fmt.name, sig, [p.annotation for p in sig.parameters.values()])
    string_sig = inspect.signature(annotated, annotation_format=annotationlib.Format.STRING)
    print(string_sig.format(quote_annotation_strings=False))
    print(inspect.get_annotations(annotated, format=annotationlib.Format.STRING))

if hasattr(inspect.Signature, "format"):
    sig = inspect.signature(target)
    print(sig.format(), sig.format(max_width=1))
else:
    print("no Signature.format")

if hasattr(copy, "replace"):
    sig = inspect.signature(target)
    print(copy.replace(sig, return_annotation=int))
    print(repr(copy.replace(sig.parameters["c"], name="see")))
else:
    print("no copy.replace")

try:
    inspect.signature(target, annotation_format=1)
except TypeError as error:
    print("TypeError", error)
else:
    print("annotation_format accepted")
