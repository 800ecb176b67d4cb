# kind jail: types.ModuleType(...) made by the program: host-like names, a str subclass name, shadowing modules in sys.modules
import sys
import types


class Sly(str):
    def __str__(self):
        print("ESCAPED: str() of the name ran on the host")
        return "sly"

    def __format__(self, spec):
        print("ESCAPED: format() of the name ran on the host")
        return "sly"


found = []
m = types.ModuleType(Sly("os"))
found.append(repr(m))
found.append(type(m.__name__).__name__)
for name in ("os", "sys", "builtins", "_weakref", "__main__"):
    fake = types.ModuleType(name)
    fake.system = lambda cmd: "fake"
    sys.modules[name] = fake
import os

found.append(os.system("id"))
found.append(types.ModuleType.__dict__ if hasattr(types.ModuleType, "__dict__") else None)
found.append(type(m).__init__)
try:
    object.__setattr__(m, "__dict__", {})
except Exception as e:
    found.append(type(e).__name__)
print(found[0], found[1], found[2])
