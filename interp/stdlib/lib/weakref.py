# The sandbox's ``weakref``.  The sandbox never frees an object that a program can still
# name, and it has no way to tell a program that an object was collected, so a reference
# here keeps its object: ``ref(x)()`` is ``x`` for as long as the reference lives, and
# the weak containers are ordinary ones.  That is what programs observe in CPython too
# as long as the object stays referenced elsewhere; code that waits for an object to
# disappear does not get that (docs/DEVIATIONS.md).


class ref:
    """A reference to ``obj``; calling it returns the object."""

    __slots__ = ("_obj", "_callback")

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    @property
    def __callback__(self):
        return self._callback

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._obj == other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        target = self._obj
        return f"<weakref at {id(self):#x}; to '{type(target).__name__}' at {id(target):#x}>"


ReferenceType = ref


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakKeyDictionary(dict):
    """A dictionary whose keys would be weak in CPython (see the module comment)."""


class WeakValueDictionary(dict):
    """A dictionary whose values would be weak in CPython (see the module comment)."""


class WeakSet(set):
    """A set whose items would be weak in CPython (see the module comment)."""
