print(len(""), len("abc"), len("héllo"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -2)), len(range(5, 5)))
print(len(b"ab"), len(bytearray(3)), len(frozenset("aab")), len([[]]))
print(len(range(-5, 5)), len(range(0, -10, -1)), len(range(0, 10, -1)))
print(len(dict.fromkeys("abcabc")), len("\n\t"), len(str(2 ** 100)))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
try:
    len(5)
except TypeError:
    print("TypeError len(int)")
try:
    len(x for x in [])
except TypeError:
    print("TypeError len(generator)")
