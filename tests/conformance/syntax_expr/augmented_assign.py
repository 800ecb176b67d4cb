x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 0b1101; print(x)
x ^= 0xFF; print(x)
x /= 4; print(x)
s = "ab"
s *= 3
s += "!"
print(s)
L = [1]
M = L
L += [2, 3]
print(L, M, L is M)
T = (1,)
U = T
T += (2,)
print(T, U, T is U)
d = {"k": [1]}
d["k"] += [2]
d["n"] = d.get("n", 0) + 1
print(d)
