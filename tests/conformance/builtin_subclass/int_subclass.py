class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))
    def __repr__(self):
        return f"Money({int(self)})"
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"
    def __add__(self, o):
        return Money(int(self) + int(o))
m = Money(1234.4)
print(m, repr(m), m + 66, type(m + 1).__name__, type(m - 1).__name__)
print(m * 2, type(m * 2).__name__, m > 1000, int(m), float(m))
print(isinstance(m, int), m == 1234, hash(m) == hash(1234))
class Flag(int):
    pass
f = Flag(5)
print(f, f + 1, type(f + 1).__name__, -f, bin(f), f"{f:03d}")
print(sorted([Flag(3), 1, Flag(2)]))
print(str(True + Flag(1)))
