class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares())
for v in Squares():
    print(v, end=" ")
print()
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __repr__(self):
        return f"Seq({self.data})"
s = Seq([10, 20, 30, 40])
print(s[1], s[-1], s[1:3], s[::-1], len(s))
print(list(reversed(s)), sorted(s, reverse=True))
a, *b = s
print(a, b)
print(iter(Squares()).__next__())
