def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"__init__": init, "kind": "dynamic", "double": lambda self: self.v * 2})
d = Dyn(21)
print(type(d).__name__, d.kind, d.double(), Dyn.__name__)
Base = type("Base", (object,), {"hello": lambda self: "hello from " + type(self).__name__})
Child = type("Child", (Base,), {})
print(Child().hello(), [c.__name__ for c in Child.__mro__])
print(type(Dyn) is type, type(3) is int, type("s")("x"))
Empty = type("Empty", (), {})
e = Empty()
e.x = 1
print(vars(e))
print(type(Dyn.__dict__["kind"]).__name__, Dyn.__qualname__)
