# property.getter/setter/deleter call the subclass to make the copy, so its
# __init__ runs each time; the copy keeps the subclass and the name.
class Plain(property):
    pass


class Counted(property):
    made = 0

    def __init__(self, *args, **kwargs):
        Counted.made += 1
        super().__init__(*args, **kwargs)


class C:
    x = Counted(lambda self: 1)
    x = x.setter(lambda self, v: None)
    x = x.deleter(lambda self: None)


print(Counted.made, C().x, Plain.__mro__[1].__name__)


class Named(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        print("init", fget is not None, fset is not None, fdel is not None, doc)
        super().__init__(fget, fset, fdel, doc)


class D:
    @Named
    def y(self):
        "the y"
        return "y"

    @y.setter
    def y(self, v):
        raise ValueError(v)


try:
    D().y = 5
except ValueError as e:
    print("ValueError", e)
print(D().y, type(D.y).__name__, D.y.__doc__)
