import binascii

print(binascii.hexlify(b"\x01\xff"), binascii.unhexlify("01ff"), binascii.unhexlify(b"ABcd"))
print(binascii.b2a_hex(b"abc", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", " ", -4))
print(binascii.a2b_hex(bytearray(b"00ff")), binascii.b2a_hex(memoryview(b"xyz")))
print(binascii.hexlify(b""), binascii.unhexlify(""))
for bad in ("0", "0g", "é0", 5, None):
    try:
        print(binascii.unhexlify(bad))
    except binascii.Error as error:
        print("Error", error)
    except Exception as error:
        print(type(error).__name__, error)
try:
    binascii.hexlify("text")
except TypeError as error:
    print("TypeError", error)
try:
    binascii.hexlify(b"ab", "--")
except ValueError as error:
    print("ValueError", error)
