# The sandbox's _ast: the node classes of CPython's ast module, run inside the sandbox.
#
# interp/stdlib/_ast.py puts in this module's globals, as plain data read from the host
# CPython's own _ast (names and tuples of strings only):
#   _SPEC     one tuple per class, bases first: (name, base, fields, attributes or None,
#             match_args, names whose class default is None, doc, field kinds or None)
#   _VERSION  the host's (major, minor)
#   _FLAGS    the PyCF_* constants
# and it reads the classes back (by name) after this file has run, to build the trees
# that compile(..., PyCF_ONLY_AST) returns.

globals().update(_FLAGS)  # noqa: F821

_NEW_INIT = _VERSION >= (3, 13)  # noqa: F821
_HAS_REPR = _VERSION >= (3, 14)  # noqa: F821


def _warn(message, stacklevel=3):
    import warnings

    # The frame that called the class, as CPython's C __init__ reports it.
    warnings.warn(message, DeprecationWarning, stacklevel=stacklevel)


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = cls._fields
        if len(args) > len(fields):
            count = len(fields)
            raise TypeError(
                f"{cls.__name__} constructor takes at most {count} positional argument{'' if count == 1 else 's'}"
            )
        if not _NEW_INIT:
            # 3.11 and 3.12: missing fields stay unset (optional ones read the class's None).
            for field, value in zip(fields, args):
                setattr(self, field, value)
            for key, value in kwargs.items():
                if args and key in fields and fields.index(key) < len(args):
                    raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
                setattr(self, key, value)
            return
        remaining = set(fields)
        for field, value in zip(fields, args):
            setattr(self, field, value)
            remaining.discard(field)
        for key, value in kwargs.items():
            if key in fields:
                if key not in remaining:
                    raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
                remaining.discard(key)
            elif key not in cls._attributes:
                _warn(
                    f"{cls.__name__}.__init__ got an unexpected keyword argument {key!r}. Support for "
                    "arbitrary keyword arguments is deprecated and will be removed in Python 3.15."
                )
            setattr(self, key, value)
        if remaining:
            _fill_defaults(self, cls, remaining)

    def __reduce__(self):
        state = self.__dict__
        if not state:
            return type(self), ()
        if not _NEW_INIT:
            return type(self), (), state
        # 3.13+: a None for each leading field the node has (the state then sets them),
        # so that rebuilding it warns of no missing field.
        leading = []
        for field in type(self)._fields:
            if field not in state:
                break
            leading.append(None)
        return type(self), tuple(leading), state

    if _HAS_REPR:

        def __repr__(self):
            return _repr(self, 3)

        def __replace__(self, **changes):
            cls = type(self)
            fields = getattr(cls, "_fields", ())
            attributes = getattr(cls, "_attributes", ())
            for key in changes:
                if key not in fields and key not in attributes:
                    raise TypeError(f"{cls.__name__}.__replace__ got an unexpected keyword argument {key!r}.")
            payload = {}
            missing = []
            for key in (*fields, *attributes):
                if key in changes:
                    payload[key] = changes[key]
                elif hasattr(self, key):
                    payload[key] = getattr(self, key)
                elif key in fields:
                    missing.append(key)
            if missing:
                shown = ", ".join(repr(key) for key in missing)
                count = len(missing)
                plural = "" if count == 1 else "s"
                raise TypeError(
                    f"{cls.__name__}.__replace__ missing {count} keyword argument{plural}: {shown}."
                )
            return cls(**payload)


_MISSING = object()
_UnionType = type(int | None)


def _fill_defaults(node, cls, remaining):
    """3.13+: list fields start empty, ``ctx`` is Load(), optional fields read the
    class's None, and a missing required field is a DeprecationWarning."""
    name = cls.__name__
    types = getattr(cls, "_field_types", None)
    if types is None:
        # A subclass of the program's without _field_types: missing fields stay unset,
        # as before 3.13.
        return
    for field in remaining:
        kind = types.get(field, _MISSING)
        if kind is _MISSING:
            _warn(
                f"Field {field!r} is missing from {name}._field_types. This will become an error in Python 3.15.",
                4,
            )
        elif kind.__class__ is _UnionType:
            pass
        elif getattr(kind, "__origin__", None) is list:
            setattr(node, field, [])
        elif kind is expr_context:  # noqa: F821 (made below)
            setattr(node, field, Load())  # noqa: F821
        else:
            _warn(
                f"{name}.__init__ missing 1 required positional argument: {field!r}. "
                "This will become an error in Python 3.15.",
                4,
            )


def _repr_value(value, depth):
    if isinstance(value, AST):
        return _repr(value, depth)
    if isinstance(value, (list, tuple)):
        if not value:
            return repr(value)
        if len(value) > 2:
            shown = [_repr_value(value[0], depth), "...", _repr_value(value[-1], depth)]
        else:
            shown = [_repr_value(item, depth) for item in value]
        inner = ", ".join(shown)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    return repr(value)


def _repr(node, depth):
    name = type(node).__name__
    if depth <= 0:
        return f"{name}(...)"
    parts = []
    for field in getattr(type(node), "_fields", ()):
        parts.append(f"{field}={_repr_value(getattr(node, field), depth - 1)}")
    return f"{name}({', '.join(parts)})"


AST.__module__ = "ast"


def _build():
    made = {"AST": AST}
    kinds = {}
    for name, base, fields, attributes, match_args, optional, doc, field_kinds in _SPEC:  # noqa: F821
        if name == "AST":
            AST._fields = fields
            AST.__match_args__ = match_args
            if attributes is not None:
                AST._attributes = attributes
            continue
        namespace = {"__module__": "ast", "__doc__": doc, "_fields": fields, "__match_args__": match_args}
        if attributes is not None:
            namespace["_attributes"] = attributes
        for key in optional:
            namespace[key] = None
        made[name] = type(name, (made[base],), namespace)
        if field_kinds is not None:
            kinds[name] = field_kinds
    plain = {"identifier": str, "string": str, "int": int, "constant": object}
    for name, field_kinds in kinds.items():
        types = {}
        for field, type_name, quantity in field_kinds:
            kind = plain.get(type_name) or made[type_name]
            if quantity == "*":
                kind = list[kind]
            elif quantity == "?":
                kind = kind | None
            types[field] = kind
        cls = made[name]
        cls._field_types = types
        cls.__annotations__ = dict(types)
    return made


globals().update(_build())
del _build
