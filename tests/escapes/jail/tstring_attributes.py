# kind jail: t-string values (PEP 750, 3.14 hosts): Template/Interpolation/TemplateIter attributes, reduce, copy, constructors
found = []
try:
    # On a host without t-strings this is a SyntaxError and there is nothing to reach.
    make = eval(compile('lambda v: t"a{v!r:>{3}}b{v=}"', "<t>", "eval"))
except SyntaxError as e:
    make = None
    found.append(("no t-strings here", type(e).__name__))

if make is not None:
    import copy

    class Probe:
        def __repr__(self):
            return "Probe()"

    tmpl = make(Probe())
    field = tmpl.interpolations[0]
    it = iter(tmpl)
    Template, Interpolation, TemplateIter = type(tmpl), type(field), type(it)
    names = [
        "__class__", "__dict__", "__slots__", "__module__", "__mro__", "__bases__", "__subclasses__",
        "__reduce__", "__reduce_ex__", "__getstate__", "__init__", "__new__", "__getattribute__",
        "__init_subclass__", "__class_getitem__", "__iter__", "__next__", "__add__", "__repr__",
        "strings", "interpolations", "values", "value", "expression", "conversion", "format_spec",
        "items", "fn", "__func__", "__self__", "__wrapped__", "__globals__", "__code__", "__closure__",
        "_host", "__weakref__", "__match_args__", "__doc__", "__name__", "__qualname__", "__text_signature__",
    ]
    for obj in (tmpl, field, it, Template, Interpolation, TemplateIter, tmpl.__add__, Template.__add__):
        for name in names:
            try:
                value = getattr(obj, name)
                found.append((name, value() if name == "__subclasses__" else value))
            except Exception as e:
                found.append((name, type(e).__name__))
    for cls in (Template, Interpolation, TemplateIter):
        found.append(dict(cls.__dict__))
        found.append(dir(cls))
        for key, value in cls.__dict__.items():
            for name in ("__self__", "__func__", "__objclass__", "__get__", "__call__"):
                try:
                    found.append((key, name, getattr(value, name)))
                except Exception as e:
                    found.append((key, name, type(e).__name__))
    for call in (
        lambda: field.__reduce__(),
        lambda: field.__reduce_ex__(4),
        lambda: tmpl.__reduce_ex__(4),
        lambda: copy.copy(field),
        lambda: copy.deepcopy(tmpl),
        lambda: object.__getattribute__(tmpl, "strings"),
        lambda: object.__reduce_ex__(tmpl, 2),
        lambda: vars(tmpl),
        lambda: Template.__new__(Template),
        lambda: Template(*tmpl),
        lambda: Template("x" * 10, *[field] * 1000),
        lambda: Interpolation(print, "print", "r", ""),
        lambda: Interpolation(1, "x").__init__(2, "y"),
        lambda: setattr(field, "value", print),
        lambda: setattr(tmpl, "strings", ("a", "b", "c")),
        lambda: setattr(Template, "__add__", None),
        lambda: delattr(Interpolation, "__repr__"),
        lambda: next(it).__class__.__mro__,
        lambda: list(it),
        lambda: it.__next__(),
        lambda: tmpl + tmpl + tmpl,
        lambda: repr(tmpl),
        lambda: super(Template, tmpl).__repr__(),
        lambda: Template.__add__(field, tmpl),
        lambda: Interpolation.__repr__(tmpl),
        lambda: type.__call__(Template, "a"),
        lambda: Template.mro(),
    ):
        try:
            found.append(call())
        except Exception as e:
            found.append(type(e).__name__)
    # A huge concatenation must hit the limits, not the host's memory.
    try:
        big = Template("x" * 1_000_000, Interpolation(0, "z"), "y" * 1_000_000)
        for _ in range(40):
            big = big + big
        found.append(len(big.strings))
    except MemoryError:
        found.append("MemoryError")
    try:
        Template(*["x" * 1_000_000] * 10_000)
    except MemoryError:
        found.append("MemoryError")
print(len(found))
