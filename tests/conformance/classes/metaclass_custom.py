class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
class Thing(metaclass=Meta):
    x = 1
    def __init__(self, v):
        print("Thing.__init__", v)
        self.v = v
class Sub(Thing):
    y = 2
t = Sub(5)
print(t.v, t.added, type(Thing).__name__, type(Sub).__name__)
print(isinstance(Thing, Meta), isinstance(t, Meta))
