a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
first, (second, *rest) = 0, [1, 2, 3]
print(first, second, rest)
for x, *y in [(1, 2, 3), (4,), (5, 6)]:
    print(x, y)
a = b = c = [0]
a.append(1)
print(b, c is a)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = {"k": 1, "j": 2}
print(p, q)
