print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0)), list(range(5, 1)))
r = range(10, 30, 4)
print(r, r[0], r[-1], r[1:3], r[::-1], len(r))
print(14 in r, 15 in r, 30 in r, r.index(18), r.count(22))
print(range(0, 5) == range(5), range(0) == range(2, 2), range(1, 2, 3) == range(1, 3, 5))
print(list(range(-10, -30, -7)), range(3)[-3])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9, 2)))
print(range(2 ** 40)[2 ** 39], len(range(0, 2 ** 40, 3)))
print(repr(range(1, 10, 2)), repr(range(0, 3)), str(range(4)))
try:
    range(5)[5]
except IndexError:
    print("IndexError")
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError step 0")
print(hash(range(3)) == hash(range(0, 3, 1)))
