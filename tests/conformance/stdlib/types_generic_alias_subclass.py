# types.GenericAlias subclasses, as collections.abc's Callable[...] is one.
import types


class Alias(types.GenericAlias):
    def __new__(cls, origin, args):
        print("new", origin.__name__)
        return super().__new__(cls, origin, args)

    def __repr__(self):
        return "Alias:" + super().__repr__()


a = Alias(list, (int,))
print(repr(a), a.__origin__ is list, a.__args__, isinstance(a, types.GenericAlias))
print(a == list[int], list[int] == a, type(a).__name__)
print(a.__parameters__, a.__mro_entries__(()))
b = types.GenericAlias.__new__(types.GenericAlias, dict, (str, int))
print(b, type(b) is types.GenericAlias)
