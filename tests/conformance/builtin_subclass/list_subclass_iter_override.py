class Evens(list):
    def __iter__(self):
        return (x for i, x in enumerate(super().__iter__()) if i % 2 == 0)
e = Evens([10, 11, 12, 13, 14])
print(list(e), len(e), e[1], [x for x in e], sum(e))
print(sorted(e), max(e), tuple(e), list(reversed(e)))
print(e == [10, 11, 12, 13, 14], str(e))
a, b, c = e
print(a, b, c)
e.append(15)
print(list(e), e.count(11), 11 in e)
