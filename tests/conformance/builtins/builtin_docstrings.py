# __doc__ of builtin functions, builtin types, their methods and instances is the text
# of the CPython running the program; classes of the program keep their own.
functions = [
    abs, all, any, ascii, bin, callable, chr, delattr, dir, divmod, format, getattr,
    globals, hasattr, hash, hex, id, isinstance, issubclass, iter, len, locals, max, min,
    next, oct, ord, pow, print, repr, round, setattr, sorted, sum, vars, aiter, anext,
    eval, exec, compile, input, __import__,
]
for f in functions:
    print(f.__name__, repr(f.__doc__))

methods = {
    int: ["bit_length", "to_bytes", "from_bytes", "conjugate", "__add__", "__new__"],
    float: ["is_integer", "hex", "fromhex", "__round__"],
    str: ["join", "split", "maketrans", "format", "__len__", "__contains__"],
    bytes: ["hex", "fromhex", "decode", "maketrans"],
    list: ["append", "sort", "__getitem__", "__init__"],
    tuple: ["count", "index"],
    dict: ["get", "fromkeys", "items", "setdefault", "__contains__"],
    set: ["add", "union", "__iter__"],
    object: ["__repr__", "__eq__", "__init_subclass__", "__new__"],
    type: ["mro", "__call__"],
}
for t, names in methods.items():
    print(t.__name__, repr(t.__doc__))
    for name in names:
        print("   ", name, repr(getattr(t, name).__doc__))

for t in (map, filter, zip, enumerate, reversed, range, slice, property, classmethod,
          staticmethod, super, bool, complex, frozenset, bytearray):
    print(t.__name__, repr(t.__doc__))
for e in (BaseException, Exception, ValueError, KeyError, StopIteration, ExceptionGroup):
    print(e.__name__, repr(e.__doc__), repr(e("x").__doc__ == e.__doc__))

print((1).__doc__ == int.__doc__, "".join.__doc__ == str.join.__doc__)
print([].append.__doc__ == list.append.__doc__, {}.keys().__doc__ == type({}.keys()).__doc__)
print(map(abs, []).__doc__ == map.__doc__, type(None).__doc__ == None.__doc__)


class Plain:
    pass


class Documented(dict):
    "Mine."

    def method(self):
        "A method."


p = Plain()
print(Plain.__doc__, p.__doc__, Documented.__doc__, Documented().__doc__)
print(Documented.method.__doc__, Documented().method.__doc__, Documented.get.__doc__ == dict.get.__doc__)
p.__doc__ = "instance"
print(p.__doc__, Plain.__doc__)
