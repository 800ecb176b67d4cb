for s, base in [("ff", 16), ("FF", 16), ("777", 8), ("1010", 2), ("zz", 36), ("10", 10), ("-101", 2), (" 1_0 ", 10)]:
    print(s, base, int(s, base))
print(int("0x1A", 0), int("0o17", 0), int("0b1", 0), int("  -12  ", 0), int("0", 0))
for s, base in [("12", 2), ("g", 16), ("09", 0), ("1__0", 10), ("", 10)]:
    try:
        int(s, base)
    except ValueError:
        print("ValueError", repr(s), base)
try:
    int("10", 37)
except ValueError:
    print("ValueError base 37")
print(int("1" * 50, 2), int("Z" * 10, 36))
