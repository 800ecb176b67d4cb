# The sandbox's ``weakref``.  The sandbox never frees an object that a program can still
# name, and it has no way to tell a program that an object was collected, so a reference
# here keeps its object: ``ref(x)()`` is ``x`` for as long as the reference lives, and
# the weak containers are ordinary ones.  That is what programs observe in CPython too
# as long as the object stays referenced elsewhere; code that waits for an object to
# disappear does not get that (docs/DEVIATIONS.md).


from _weakref import ReferenceType, getweakrefcount, proxy, ref  # noqa: F401 - the API


def getweakrefs(obj):
    return []


class WeakKeyDictionary(dict):
    """A dictionary whose keys would be weak in CPython (see the module comment)."""


class WeakValueDictionary(dict):
    """A dictionary whose values would be weak in CPython (see the module comment)."""


class WeakSet(set):
    """A set whose items would be weak in CPython (see the module comment)."""
