class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__")
        return True
    def __radd__(self, o):
        print("B.__radd__")
        return "B wins"
print(A() == B())
print(A() + B())
print(A() == A())
class C:
    pass
try:
    A() + C()
except TypeError:
    print("TypeError unsupported")
class Sub(B):
    def __radd__(self, o):
        print("Sub.__radd__ first")
        return "sub"
class Base:
    def __add__(self, o):
        print("Base.__add__")
        return "base"
print(Base() + Sub())
class Derived(int):
    def __radd__(self, o):
        return "derived radd"
print(1 + Derived(2))
