print(str(42), str(-3.5), str([1, 2]), str((1,)), str({"a": 1}), str(None), str(b"x"))
print(int("10"), int("-0"), int("  42\n"), int("0x10", 16), int("10", 0), int("0b11", 0))
print(int(2.9), int(-2.9), int("1" * 20), int(True), int("٣"))
print(float("1"), float("-1.5e3"), float(".5"), float("5."), float("  inf "), float("-Infinity"))
print(float("nan") != float("nan"), float(5), float(True), float("1_000.5"))
print(bool(""), bool("False"), bool(0), bool(-1), bool([]), bool([[]]), bool(0.0))
print(str(1.0), str(-0.0), str(100.0), str(1.5e-7), str(1e16), str(12345678.9))
for s in ["1.5", "abc", "1e400", "", "0x10"]:
    try:
        print(s, float(s))
    except ValueError:
        print(s, "ValueError")
