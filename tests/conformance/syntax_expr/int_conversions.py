print(int("42"), int("-17"), int("  7  "), int("0b101", 0), int("0o17", 0), int("0x1f", 0))
print(int("ff", 16), int("z", 36), int("777", 8), int("1010", 2))
print(int("1_000_000"), 1_000_000, 0x_ff)
print(int(3.99), int(-0.5), int(True), int("+5"))
print(float("3.5"), float("-inf"), float("1e3"), float(" 2.5 "))
print(str(123), str(-0), str(1.0), str(10 ** 20))
print(bin(10), oct(10), hex(10), bin(-10), hex(-255))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2))
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"))
print((255).bit_length(), (-1).bit_length(), (0).bit_length())
print(float.fromhex("0x1.8p1"), (1.5).hex())
for bad in ["", "1.5", "abc", "12a"]:
    try:
        int(bad)
    except ValueError:
        print("ValueError for", repr(bad))
