# The sandbox's `_collections`: the C half of CPython's collections package, which the
# sandbox runs as CPython's own collections/__init__.py.  Sandbox source: run inside the
# sandbox (interp/stdlib/_collections.py creates the module and adds the host `deque`).
#
# CPython writes defaultdict in C, with no Python version to fall back on; this one is ours.
# It is a dict subclass, so the host dict stores and hashes and only the missing-key hook
# runs as sandbox code.  OrderedDict and _count_elements are left out on purpose: CPython's
# file defines Python versions of them when they are missing here.


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        # The factory's repr can reach this very dict again (a bound method of it):
        # CPython prints "..." for that inner visit, and so do we.
        factory = self.default_factory
        if factory is None:
            shown = "None"
        elif id(self) in _repr_running:
            shown = "..."
        else:
            _repr_running.add(id(self))
            try:
                shown = repr(factory)
            finally:
                _repr_running.discard(id(self))
        return f"{type(self).__name__}({shown}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


_repr_running = set()


def _tuplegetter(index, doc):
    """The field accessor of a namedtuple class: item ``index`` of the tuple itself,
    whatever ``__getitem__`` a subclass defines, as CPython's C accessor reads it.  Without
    it CPython's file falls back to a property over an ``itemgetter`` object, which costs
    a second sandboxed call on every field read."""

    def read(self):
        return _tuple_item(self, index)

    def refuse_set(self, value):
        raise AttributeError(_READ_ONLY % "set")

    def refuse_delete(self):
        raise AttributeError(_READ_ONLY % "delete")

    return property(read, refuse_set, refuse_delete, doc)


_tuple_item = tuple.__getitem__
_READ_ONLY = "can't %s attribute"
