import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
b = []
for x in [5, 1, 3, 3, 8]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 3)
print(b, bisect.bisect_left(b, 3, 2), bisect.bisect_right(b, 3, 0, 3))
