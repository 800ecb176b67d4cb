L = [5, 3, 8, 3]
print(L.index(3), L.index(3, 2), L.count(3), L.count(9))
L2 = L.copy()
L2.sort()
print(L, L2)
L.extend(range(2))
L.extend("ab")
print(L)
L.insert(-100, "first")
print(L.pop(1), L)
print(L.remove("a"), L)
del L[1:3]
print(L)
L *= 2
print(L, len(L))
L.clear()
print(L, list("abc"), list((1, 2)), list({"k": 1}), list(range(3)))
nums = [3, -1, 2]
print(sorted(nums) is nums, nums.sort() is None, nums)
try:
    [1].index(2)
except ValueError:
    print("ValueError index")
try:
    [].remove(0)
except ValueError:
    print("ValueError remove")
