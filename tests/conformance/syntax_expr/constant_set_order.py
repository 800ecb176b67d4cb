# A set display of constants is built from a frozenset constant, which can order it
# differently from inserting the items one by one.
print({1, 2, 3, 100, 200, 300, 17})
print({1, 2, 3, 100, 200, 300, 17, 33, 65, 9, -1, 8, 16})
print({-1, -2, 8, 16, 24, 32, 40})
print({0.5, 1.5, 2, 9, 17, 25, 33})
print({(1, 2), (3, 4), (5, 6), 7, -(8), +9, ~10})
print({True, 1, 2.0, 2, 3})
print(frozenset({1, 2, 3, 100, 200, 300, 17}))

# Two items are not folded; a variable among the items stops the folding.
print({8, 16})
a = 3
print({1, 2, a, 100, 200, 300, 17})
print({1, 2, 3, 100, 200, 300, 17} == {1, 2, a, 100, 200, 300, 17})

# A constant set iterated by a for loop or a comprehension is the frozenset itself.
for x in {64, 1, 32, 33, 8, 9, 128, 256}:
    print(x, end=" ")
print()
print([x for x in {64, 1, 32, 33, 8, 9, 128, 256}])
print([x * 2 for y in (1,) for x in {-1, -2, 8, 16, 24, 32, 40}])
print({x for x in {64, 1, 32, 33, 8, 9, 128, 256}})
for x in {2, 1}:
    print(x)

# Mutating the built set must not affect the next evaluation of the display.
def make():
    return {1, 2, 3, 100, 200, 300, 17}


s = make()
s.add(1000)
s.discard(1)
print(make(), len(s))
