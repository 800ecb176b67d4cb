class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def __len__(self):
        return 1 + sum(len(k) for k in self.kids)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), len(t), sum(t), 5 in t, 7 in t)
it = iter(t)
print(next(it), next(it), type(it).__name__)
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
print(dict(Pairs({"b": 2, "a": 1})), list(Pairs({})))
