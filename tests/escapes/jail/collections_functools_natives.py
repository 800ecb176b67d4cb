# kind jail: the natives under CPython's collections, functools and operator (_collections, _weakref.proxy, _functools.reduce, _operator): their host function, module, globals or type internals
import _collections
import _functools
import _operator
import _weakref
import collections
import functools
import operator

natives = [_weakref.proxy, _functools.reduce, _operator.add, _operator.mul, _operator.getitem, _operator.concat,
           _collections.deque, _collections.deque.append, collections.deque().popleft]
for fn in natives:
    for name in ("__self__", "__module__", "__globals__", "__closure__", "__code__", "__wrapped__", "fn", "__func__",
                 "__reduce__", "__dict__", "__text_signature__", "__subclasses__", "__base__", "__mro__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        text = repr(v)
        if "interp" in text or "<module" in text or "<function _" in text or "<cell" in text:
            print("ESCAPED", fn, name, text[:100])
# proxy hands back exactly what it was given, whatever it is given.
for obj in (print, type, object, collections, _operator, functools.reduce):
    if _weakref.proxy(obj) is not obj:
        print("ESCAPED: proxy returned something else", type(_weakref.proxy(obj)))
# OrderedDict's links are sandbox objects; its root is reachable only as a sandbox value.
od = collections.OrderedDict(a=1)
for name in ("_OrderedDict__root", "_OrderedDict__map", "_OrderedDict__hardroot"):
    v = getattr(od, name, None)
    print(name, type(v).__name__, type(v).__module__)
# defaultdict calls its factory as sandbox code, under the meter.
d = collections.defaultdict(lambda: [0] * 10)
print(d["x"], repr(d)[:12])
# The capped operators stay capped when called through operator and reduce.
for call in (lambda: operator.mul("a", 10**12), lambda: operator.pow(10, 10**12), lambda: operator.lshift(1, 10**12),
             lambda: functools.reduce(operator.mul, [["x"]] + [10**6] * 8), lambda: operator.concat([1], [2] * 10**12)):
    try:
        print(len(str(call())))
    except Exception as e:
        print(type(e).__name__)
