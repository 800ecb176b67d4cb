matrix = [[1, 2], [3, 4]]
matrix[0][1], matrix[1][0] = matrix[1][0], matrix[0][1]
print(matrix)
a = [1, 2, 3]
i = 0
i, a[i] = 1, 99
print(i, a)
x = y = z = 0
x += 1
print(x, y, z)
p = [0, 0]
p[0], p[1] = p[1] + 1, p[0] + 2
print(p)
s = "abc"
s, t = s.upper(), s
print(s, t)
d = {}
d["a"] = d.get("a", []) + [1]
d["a"] += [2]
print(d)
n = 5
n = n if n % 2 else n // 2
print(n)
