print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.0), hash(-0.0))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((True, 1.0)))
print(hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
print(hash(float("inf")), hash(float("-inf")))
print(hash(1 + 0j) == hash(1), hash(frozenset()) == hash(frozenset()))
print(hash(range(0)) == hash(range(5, 5)))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"))
print(hash(None) == hash(None))
try:
    hash([1])
except TypeError:
    print("TypeError unhashable list")
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable inside tuple")
