# kind jail: _typing's shared TypeVar/Generic/Union (3.12+) and their calls into typing.py: no host object, no host frame, no shared state
import _typing
import sys

found = {}
found["idfunc"] = (_typing._idfunc(found), getattr(_typing._idfunc, "__self__", None))
for name in dir(_typing):
    obj = getattr(_typing, name)
    for attr in (
        "__module__",
        "__dict__",
        "__mro__",
        "__bases__",
        "__subclasses__",
        "__reduce__",
        "__class_getitem__",
        "__init_subclass__",
        "__typing_subst__",
        "__globals__",
        "__call__",
    ):
        try:
            value = getattr(obj, attr)
            found[(name, attr)] = value
            for inner in ("__self__", "__func__", "__globals__", "__closure__", "__code__", "__wrapped__"):
                try:
                    found[(name, attr, inner)] = getattr(value, inner)
                except Exception as e:  # noqa: BLE001
                    found[(name, attr, inner)] = type(e).__name__
        except Exception as e:  # noqa: BLE001
            found[(name, attr)] = type(e).__name__
    found[(name, "type")] = type(obj)
    found[(name, "type mro")] = getattr(type(obj), "__mro__", None)

# A shared type must refuse changes, or one sandbox would change another's typing.
for name in ("TypeVar", "Generic", "Union", "ParamSpec", "TypeAliasType"):
    target = getattr(_typing, name, None)
    if target is None:
        continue
    for attr, value in (
        ("__class_getitem__", classmethod(lambda cls, x: "poisoned")),
        ("__init_subclass__", classmethod(lambda cls: None)),
        ("x", 1),
    ):
        try:
            setattr(target, attr, value)
            print("ESCAPED: set", name, attr)
        except (TypeError, AttributeError):
            pass

if sys.version_info >= (3, 12):
    import typing

    T = typing.TypeVar("T")
    frames = []

    def spy(*args, **kwargs):
        frames.append(sys._getframe(1))
        frames.append(args)
        raise LookupError("spied")

    # The callbacks run sandbox code found in the sandbox's own typing: a replaced
    # function sees only sandbox values, and its caller's frame is a sandbox view.
    for fn in ("_generic_class_getitem", "_typevar_subst", "_generic_init_subclass", "_type_check"):
        saved = getattr(typing, fn)
        setattr(typing, fn, spy)
        try:
            if fn == "_generic_class_getitem":
                typing.Generic[T]
            elif fn == "_typevar_subst":
                T.__typing_subst__(int)
            elif fn == "_type_check":
                typing.TypeVar("B", bound=int)
            else:

                class C(typing.Generic[T]):
                    pass
        except LookupError:
            pass
        finally:
            setattr(typing, fn, saved)
    found["frames"] = frames
    for f in frames:
        if hasattr(f, "f_code") and "interp" in f.f_code.co_filename:
            print("ESCAPED: a host frame", f.f_code.co_filename)
    # typing replaced by something that is not a module at all
    sys.modules["typing"] = 42
    try:

        class D(_typing.Generic[T]):
            pass

        found["D"] = (D, D.__mro__)
    except Exception as e:  # noqa: BLE001
        found["D"] = type(e).__name__
    sys.modules["typing"] = typing
if hasattr(_typing, "Union"):  # 3.14: typing.Union's class accepts the host's unions too
    meta = type(_typing.Union)
    found["meta"] = (meta, meta.__name__, meta.__mro__, meta.__dict__, meta.__subclasses__(meta))
    for attempt in (
        lambda: meta("X", (), {}),
        lambda: meta.__instancecheck__(_typing.Union, int | str),
        lambda: meta.__call__(_typing.Union),
        lambda: _typing.Union(),
        lambda: _typing.Union.__class_getitem__.__func__,
        lambda: type(int | str).__getitem__(int | str, int),
        lambda: setattr(meta, "__instancecheck__", lambda cls, obj: True),
    ):
        try:
            found[attempt] = attempt()
        except Exception as e:  # noqa: BLE001
            found[attempt] = type(e).__name__
    print(isinstance(3, _typing.Union), isinstance(int | str, _typing.Union))
print("done")
