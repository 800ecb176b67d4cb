# kind jail: reach the trashcan's hidden host __del__ (interp/runtime/trashcan.py, in every class namespace in Pyodide) through each view of a class and super()
import inspect
class A:
    pass
class B(A):
    def via_super(self):
        return super().__del__
class C(B):
    __slots__ = ('x',)
found = []
for probe in (
    lambda: A.__del__, lambda: A().__del__, lambda: B().via_super(), lambda: getattr(C, '__del__'),
    lambda: object.__getattribute__(A(), '__del__'), lambda: type.__getattribute__(A, '__del__'),
    lambda: A.__dict__['__del__'], lambda: vars(B)['__del__'], lambda: inspect.getattr_static(C, '__del__'),
    lambda: [v for k in C.__mro__ for v in vars(k).values()], lambda: dir(C), lambda: dict(A.__dict__),
    lambda: super(C, C()).__del__, lambda: type(A).__dict__['__dict__'].__get__(A)['__del__'],
    lambda: [getattr(A, n) for n in dir(A)],
):
    try:
        found.append(probe())
    except Exception as error:
        found.append(type(error).__name__)
try:
    del A.__del__
except AttributeError as error:
    found.append(str(error))
A.__del__ = lambda self: None
del A.__del__
found.append(hasattr(A, '__del__'))
x = C()
x.x = B()
del x
print(len(found))
