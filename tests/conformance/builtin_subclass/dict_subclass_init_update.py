class Registry(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.log = []
        self.update(*args, **kwargs)
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v
r = Registry({"a": 1}, b=2)
r["c"] = 3
r.setdefault("d", 4)
print(r, r.log)
print(dict.__repr__(r), len(r), sorted(r))
r2 = r.copy()
print(type(r2).__name__, r2)
