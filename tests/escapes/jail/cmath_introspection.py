# jail: reach the host cmath module or its C functions through the sandbox's cmath
import cmath
found = []
for name in ["sqrt", "polar", "isclose"]:
    f = getattr(cmath, name)
    for attr in ["__self__", "__module__", "__globals__", "__code__", "__closure__", "__wrapped__", "__func__"]:
        try:
            found.append((name, attr, getattr(f, attr)))
        except AttributeError:
            pass
    found.append((name, type(f), type(f).__mro__))
print(found)
print(vars(cmath).keys())
class Evil:
    def __complex__(self):
        return type(cmath.sqrt)
try:
    cmath.sqrt(Evil())
except TypeError as e:
    print("TypeError", e)
m = cmath.__loader__ if hasattr(cmath, "__loader__") else None
print(m, getattr(cmath, "__spec__", None), getattr(cmath, "__file__", None))
