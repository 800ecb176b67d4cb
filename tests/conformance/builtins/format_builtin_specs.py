vals = [0, 7, -7, 3.14159, 1234567.891, 0.000123, 1e21]
for v in vals:
    print(format(v, ""), format(v, ">12"), format(v, "^+12.3g"), format(v, ".2e"))
print(format(12, "05"), format(-12, "05"), format(12, "=+6"), format(3.5, "=+8.2f"))
print(format(1234, ","), format(1234.5678, "_.2f"), format(0.5, "%"), format(1 / 3, ".3%"))
print(format("text", "*<8"), format("text", ".2"), format(True, ""), format(True, "d"), format(None, ""))
print(format(255, "c") if False else format(65, "c"), format(10, "n"), format(2 ** 70, ","))
print(format(-0.0, ".1f"), format(0.05, ".1f"), format(0.15, ".1f"), format(0.25, ".1f"), format(2.5, ".0f"))
print(format(42, "x"), format(42, "#o"), format(42, "+"), format(-42, " "), format(42, " "))
print(format(1e-5, "g"), format(1e16, "g"), format(123456, "e"), format(0.1, ".20f"))
