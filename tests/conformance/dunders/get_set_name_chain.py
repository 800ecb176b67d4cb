class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return f"<Field {self.owner}.{self.name}:{self.kind.__name__}>"
        return obj.__dict__.get(self.name, self.kind())
    def __set__(self, obj, v):
        obj.__dict__[self.name] = self.kind(v)
class Rec:
    n = Field(int)
    s = Field(str)
r = Rec()
print(r.n, repr(r.s), Rec.n, Rec.s)
r.n = "42"
r.s = 3.5
print(r.n + 1, r.s + "!")
class Late:
    pass
f = Field(float)
Late.x = f
print(hasattr(f, "name"))
f.__set_name__(Late, "x")
print(Late.x)
