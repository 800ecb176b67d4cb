print(chr(65), chr(97), chr(8364), chr(0x1F600) == "\U0001F600", ord("A"), ord("€"), ord("\n"))
print(bin(0), bin(5), bin(-5), oct(64), oct(-8), hex(0), hex(4095), hex(-1))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16))
print(format(37, "b"), format(37, "o"), format(37, "x"), format(37, "#X"), format(-37, "#b"))
print([chr(c) for c in range(ord("a"), ord("f"))], "".join(chr(ord(c) + 1) for c in "HAL"))
try:
    chr(0x110000)
except ValueError:
    print("ValueError chr range")
try:
    ord("ab")
except TypeError:
    print("TypeError ord length")
print(f"{10:b} {10:o} {10:x} {255:X} {5:#010b}")
