class HList(list):
    def __hash__(self):
        return hash(tuple(self))
a = HList([1, 2])
b = HList([1, 2])
s = {a, b}
print(len(s), a == b, a is b)
d = {a: "found"}
print(d[HList([1, 2])])
print(a == [1, 2], [1, 2] == a)
class Ordered(list):
    def __lt__(self, o):
        return len(self) < len(o)
print(sorted([Ordered([9, 9]), Ordered([1]), Ordered([5, 5, 5])]))
print(Ordered([1, 2]) < Ordered([0]))
print(Ordered([1, 2]) > Ordered([0]))
