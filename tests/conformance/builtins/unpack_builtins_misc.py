a, b = divmod(100, 7)
print(a, b)
q, (r, s) = 1, "xy"
print(q, r, s)
first, *_, last = range(10)
print(first, last)
(x, y), z = zip("ab", "cd")
print(x, y, z)
k, v = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(k, v)
mn, mx = min(5, 2, 8), max(5, 2, 8)
print(mn, mx)
for idx, (ch, n) in enumerate(zip("xyz", range(3))):
    print(idx, ch, n)
a, b, *c = "hi!!"
print(a, b, c)
