a = [1, 2, 3]
b = a
c = list(a)
print(a is b, a is c, a == c)
def same(x, y):
    return x is y
print(same(a, b), same(a, c), same(None, None), same(True, 1 == 1))
t = (1, 2)
print(t is tuple(t), a is list(a))
s = "text"
print(s is str(s))
nums = [[]] * 2
print(nums[0] is nums[1])
nums2 = [[] for _ in range(2)]
print(nums2[0] is nums2[1])
class C:
    pass
o1, o2 = C(), C()
print(o1 is o2, o1 is not o2, [o1].index(o1), o2 in [o1, o2])
