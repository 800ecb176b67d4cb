ba = bytearray(b"hello")
ba[0] = ord("J")
print(ba, len(ba), ba[1], ba[1:3])
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.upper(), bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"a") * 3)
ba2 = bytearray(b"abc")
ba2 += b"def"
print(ba2, ba2 == b"abcdef", ba2.find(b"cd"), ba2.hex())
try:
    ba2[0] = 256
except ValueError:
    print("ValueError byte range")
ba2.clear()
print(ba2)
