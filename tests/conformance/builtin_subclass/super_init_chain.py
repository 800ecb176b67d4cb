class Base(list):
    def __init__(self, *a):
        print("Base init", a)
        super().__init__(a)
class Logging(Base):
    def __init__(self, *a):
        print("Logging init")
        super().__init__(*a)
    def append(self, v):
        print("append", v)
        super().append(v)
l = Logging(1, 2)
l.append(3)
print(l, len(l))
class Defaults(dict):
    def __init__(self, *args, **kw):
        super().__init__(color="red", size=1)
        self.update(*args, **kw)
print(Defaults(size=5), Defaults({"color": "blue"}))
