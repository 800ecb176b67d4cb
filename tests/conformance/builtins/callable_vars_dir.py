class Thing:
    kind = "t"
    def __init__(self):
        self.a = 1
        self._hidden = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3
print(callable(Thing), callable(Thing()), callable(Thing().method), callable(len), callable("s"))
print(vars(Thing()))
print([n for n in dir(Thing) if not n.startswith("__")])
print([n for n in dir(Thing()) if not n.startswith("__")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print("split" in dir(""), "append" in dir([]), "keys" in dir({}))
