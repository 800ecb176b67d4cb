# kind jail: __mro_entries__, __class_getitem__ and __init_subclass__ hooks returning runtime types as bases
class E:
    def __mro_entries__(self, bases):
        return (type(print),)
try:
    class X(E()):
        pass
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return type(lambda: 0)
class Y(G[int]):
    pass
