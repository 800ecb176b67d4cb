data = [("bob", 3), ("ann", 1), ("cy", 3), ("di", 2), ("ed", 1)]
print(sorted(data))
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: -t[1]))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(()))
words = ["aa", "b", "cc", "d", "eee"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
L = [5, 2, 8]
L.sort(key=lambda v: v % 3)
print(L)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([1.5, -1, 0, True]))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError mixed")
print(sorted(range(10), key=lambda v: (v % 2, -v)))
