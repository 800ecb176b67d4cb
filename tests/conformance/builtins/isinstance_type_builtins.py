vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, True, 1j, range(1), len]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple)))
print(type(type), type(int), type(None).__name__, type(len).__name__)
print(type(1) == int, type(True) == int, type(True) is bool)
print(isinstance(1, object), isinstance(int, object), issubclass(bool, object))
class Base:
    pass
class Child(Base):
    pass
print(type(Child()) is Base, type(Child()) is Child, isinstance(Child(), Base))
print(type(Child).__name__, type(Child()).__name__, Child.__bases__[0].__name__)
print(isinstance(Child, type), issubclass(Child, (int, Base)))
