import array
import copy

a = array.array("i", [1, 2, 3])
b = array.array("i", [4, 5])
print(a + b, a * 2, 2 * b, a * 0, a * -3)
c = array.array("i", [0])
c += a
c *= 2
print(c)
print(a == array.array("i", [1, 2, 3]), a == array.array("d", [1.0, 2.0, 3.0]), a == [1, 2, 3])
print(a != b, a < b, b < a, a <= a, a > array.array("i", [1, 2]), a >= array.array("b", [1, 2, 4]))
nan = float("nan")
n = array.array("d", [1.0, nan])
print(n == n, n != n, n == n[:], n < array.array("d", [1.0, 2.0]))
print(sorted([array.array("i", [3]), array.array("i", [1, 5]), array.array("i", [1])]))

s = array.array("i", range(10))
s[2] = 42
s[-1] = -1
s[1:3] = array.array("i", [7, 7, 7, 7])
print(s)
del s[::3]
print(s)
s[::2] = array.array("i", [0] * len(s[::2]))
print(s)
s[:] = array.array("i", [5, 6])
print(s)
s[1:1] = s
print(s)
del s[0]
del s[-1:]
print(s, len(s))

orig = array.array("d", [1.5, 2.5])
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
shallow[0] = 9.0
print(orig, shallow, deep, shallow is not orig)

for bad in (lambda: a + [4], lambda: a + array.array("d"), lambda: a * "x",
            lambda: a.__iadd__([1]), lambda: a.__iadd__(array.array("b")),
            lambda: s.__setitem__(slice(0, 1), [1]), lambda: hash(a),
            lambda: s.__setitem__(slice(None, None, 2), array.array("i", [1, 2, 3])),
            lambda: a["x"], lambda: a[10], lambda: a.__setitem__(9, 1), lambda: a.__delitem__(9)):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as error:
        print(type(error).__name__)
