class Cfg:
    debug = False
    def __init__(self):
        self.level = 1
c = Cfg()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "none", "dflt"))
setattr(c, "level", 5)
setattr(c, "new", [1])
print(c.level, c.new, hasattr(c, "new"), hasattr(c, "debug"))
delattr(c, "new")
print(hasattr(c, "new"))
names = ["level", "debug"]
print({n: getattr(c, n) for n in names})
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1))
setattr(Cfg, "debug", True)
print(c.debug, Cfg.debug)
print(getattr(c, "missing"))
