# CPython's refcounting frees an object at its last `del`: a weak reference then
# returns None, its callback runs, and weak containers drop the entry.
import weakref


class Session:
    def __init__(self, user):
        self.user = user


events = []
session = Session("ann")
ref = weakref.ref(session, lambda r: events.append("callback"))
print(ref() is session, events)
del session
print(ref() is None, events)

cache = weakref.WeakValueDictionary()
keep = Session("kept")
temp = Session("temp")
cache["kept"], cache["temp"] = keep, temp
del temp
print(sorted(cache.keys()), len(cache))

group = weakref.WeakSet([keep, Session("anonymous")])
print(len(group))
finalized = []
obj = Session("final")
weakref.finalize(obj, finalized.append, "finalized")
del obj
print(finalized)
