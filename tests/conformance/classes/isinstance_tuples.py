class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, A)), isinstance(b, (C, int)), isinstance(3, (str, (float, int))))
print(issubclass(B, (C, A)), issubclass(bool, (int,)), issubclass(int, bool))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
print(isinstance([], (list, tuple)), isinstance((), list))
print(isinstance(b, object), issubclass(A, A))
try:
    isinstance(b, b)
except TypeError:
    print("TypeError")
try:
    issubclass(b, A)
except Exception as e:
    print("caught", type(e).__name__)
