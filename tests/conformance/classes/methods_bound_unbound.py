class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get)
print(type(m).__name__, type(C.get).__name__)
print(c.get == C(5).get, c.get == c.get)
fns = [C(i).get for i in range(3)]
print([f() for f in fns])
def ext(self):
    return self.n * 100
C.ext = ext
print(c.ext())
c.inst = lambda: "instance function"
print(c.inst())
print(list(map(C.get, [C(1), C(2)])))
