class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
s = {a, b, a}
print(len(s))
d = {a: "first"}
print(d[a])
print(type(a).__name__, a.__class__.__name__, type(a) is Plain)
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object"))
print(isinstance(a, object), Plain.__bases__ == (object,))
print(bool(a), Plain.__doc__, Plain.__module__)
