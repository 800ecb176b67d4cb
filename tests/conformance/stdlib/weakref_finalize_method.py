# weakref.finalize and WeakMethod over real weak references; KeyedRef; a ref subclass.
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        return f"closed {self.name}"


log = []
res = Resource("db")
fin = weakref.finalize(res, log.append, "finalized db")
print(fin.alive, fin.peek()[2:], log)
del res
print(fin.alive, fin.peek(), log)
print(fin())

other = Resource("file")
fin2 = weakref.finalize(other, log.append, "never")
print(fin2.detach()[2:], fin2.alive)
del other
print(log)

res3 = Resource("net")
fin3 = weakref.finalize(res3, lambda: "result")
print(fin3(), fin3(), fin3.alive)

obj = Resource("m")
method = weakref.WeakMethod(obj.close)
print(method()(), method() == obj.close)
dead_calls = []
method2 = weakref.WeakMethod(obj.close, lambda r: dead_calls.append("method dead"))
del obj
print(method(), dead_calls)

target = Resource("keyed")
keyed = weakref.KeyedRef(target, None, "the key")
print(keyed.key, keyed() is target)
del target
print(keyed())


class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, tag=""):
        super().__init__(obj, callback)
        self.tag = tag

    def __new__(cls, obj, callback=None, tag=""):
        return super().__new__(cls, obj, callback)


keep = Resource("tagged")
tagged = Tagged(keep, None, tag="t1")
print(tagged.tag, tagged() is keep, isinstance(tagged, weakref.ref), type(tagged).__mro__[1:])
del keep
print(tagged())
print(weakref.ref.__mro__, weakref.ref.__bases__, weakref.ref.__base__)
