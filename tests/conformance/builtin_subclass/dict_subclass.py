class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
a = AttrDict(x=1)
a.y = 2
print(a, a.x, a.y, len(a), type(a).__name__)
print(hasattr(a, "z"), a.get("z", 0), sorted(a.keys()))
class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = LowerDict()
d["HeLLo"] = 1
print(d, d["HELLO"], "hello" in d)
d.update({"UPPER": 2})
print(d)
print(dict(d) == {"hello": 1, "UPPER": 2})
