"""Context variables for a sandbox with one context.

The sandbox's stand-in for CPython's C ``_contextvars`` (under CPython's
``contextvars.py``; 3.14's ``warnings`` creates a ContextVar at import).  There is a
single current context: ``Context.run`` switches to another one for the call, but
asyncio tasks do not get a copy of their own (docs/DEVIATIONS.md).
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    """A mapping of context variables to their values."""

    def __init__(self):
        self._data = {}

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self is _current:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        saved = _current
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


_current = Context()


def copy_context():
    """A copy of the current context."""
    return _current.copy()


class Token:
    """What ContextVar.set returns, to undo that set with ContextVar.reset."""

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    var = property(lambda self: self._var)
    old_value = property(lambda self: self._old_value)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._var.reset(self)

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at 0x{id(self):x}>"


class ContextVar:
    """A variable whose value belongs to the current context."""

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    name = property(lambda self: self._name)

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        value = _current._data.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._data
        token = Token(_current, self, data.get(self, _MISSING))
        data[self] = value
        return token

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f"expected an instance of Token, got {type(token).__name__!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        if token._context is not _current:
            raise ValueError(f"{token!r} was created in a different Context")
        if token._old_value is _MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old_value
        token._used = True

    def __hash__(self):
        return id(self) >> 4

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at 0x{id(self):x}>"

    def __class_getitem__(cls, item):
        return cls


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = "_contextvars"
del _cls
