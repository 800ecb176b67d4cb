print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a", "c"))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len))
print(max([(1, "b"), (1, "a")]), min([3, -4, 2], key=abs))
print(max([1, 3, 3, 2], key=lambda x: x // 2), max([2, 3], key=lambda x: 0))
print(min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max(range(10), key=lambda v: (v % 4, v)), max(1, 2.5, True))
print(min(iter([4, 2, 6])), max(map(len, ["a", "abcd"])))
try:
    max([])
except ValueError:
    print("ValueError empty max")
try:
    min()
except TypeError:
    print("TypeError no args")
print(max("apple", "Apple", "banana", key=str.lower))
