import enum


class Mode(enum.IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, int(m), m == 6, m + 1, m | 8, type(m | 8).__name__, Mode(0))
print(Mode.READ & 4, Mode.READ & 0, isinstance(m, int), sorted([Mode.EXEC, Mode.READ, 3]))
print(f"{m}", f"{m:d}", f"{Mode.EXEC!r}", str(Mode.WRITE), hex(m), m << 1)
print(Mode(7), list(Mode(7)), Mode(15).value)


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


print(Color.RED + Color.GREEN, Color.RED * 3, Color.GREEN / 2, [1, 2, 3][Color.RED], {Color.RED: "r"}[1])
print(Color.RED < 2, max(Color), Color(2), str(Color.RED), f"{Color.GREEN}", repr(Color.GREEN))
