a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None)
x = 300
y = 300
print(x == y)
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print([] == [], {} == {}, () == (), set() == frozenset())
print(float("nan") == float("nan"))
n = float("nan")
print(n == n, n is n, [n] == [n])
print(1.0 == 1 == True, hash(1) == hash(1.0) == hash(True))
print({1: "a", 1.0: "b"})
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(type(True) is bool, isinstance(True, int))
