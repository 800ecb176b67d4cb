class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
print(p.log is p.__dict__["log"])
class Dynamic:
    x = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
d = Dynamic()
print(d.x, d.get_foo(), hasattr(d, "get_bar"), hasattr(d, "other"))
print(getattr(d, "missing", "dflt"))
try:
    d.other
except Exception as e:
    print("caught", type(e).__name__)
