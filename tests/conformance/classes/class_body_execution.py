print("before class")
class K:
    print("in body")
    x = 1
    y = x + 1
    items = [x, y]
    for i in range(3):
        x += i
    def m(self):
        return self.x
    print("end of body, x =", x)
print(K.x, K.y, K.items, K.i, K().m())
class Cond:
    if True:
        a = "yes"
    else:
        b = "no"
print(hasattr(Cond, "a"), hasattr(Cond, "b"))
class Nested:
    class Inner:
        val = 5
    ref = Inner.val * 2
print(Nested.Inner.val, Nested.ref, Nested.Inner.__qualname__)
