# kind jail: weakref.ref is a host weakref.ref subclass; reach the host class through the bases views, super(), slots or the callback
import _weakref
import weakref


class Target:
    pass


target = Target()
found = []
ref = weakref.ref(target, print)
for view in (
    lambda: weakref.ref.__mro__,
    lambda: weakref.ref.__bases__,
    lambda: weakref.ref.__base__,
    lambda: weakref.ref.mro(),
    lambda: type.mro(weakref.ref),
    lambda: type(ref).__mro__[-2],
    lambda: ref.__class__.__bases__[0].__subclasses__(),
    lambda: super(weakref.ref, ref).__call__,
    lambda: super(weakref.ref, ref).__init__,
    lambda: object.__getattribute__(ref, "_callback"),
    lambda: object.__getattribute__(ref, "_owner"),
    lambda: object.__getattribute__(ref, "_kept"),
    lambda: ref._owner,
    lambda: ref.__callback__,
    lambda: vars(weakref.ref),
    lambda: weakref.ref.__dict__,
    lambda: dir(ref),
    lambda: _weakref.getweakrefs(target),
    lambda: _weakref.ProxyType.__mro__,
    lambda: weakref.ref.__new__(weakref.ref, target, print).__callback__,
):
    try:
        found.append(view())
    except Exception as e:
        found.append(type(e).__name__)


class Sub(weakref.ref):
    __slots__ = ("_owner", "_callback")


try:
    sub = Sub(target, print)
    sub._owner = "forged"
    sub._callback = "forged"
    found.append((sub._owner, sub._callback, sub.__callback__))
except Exception as e:
    found.append(type(e).__name__)


class Shadow(weakref.ref):
    _owner = property(lambda self: "shadowed")
    _callback = property(lambda self: "shadowed")


shadow = Shadow(target, lambda r: found.append("shadow callback ran"))
del target
found.append(shadow())
for item in found:
    print(type(item).__name__)
