import array

# Construction from the usual initializers, and what each typecode holds.
print(array.typecodes.replace("w", ""))  # 3.13 adds "w"
print(array.ArrayType is array.array, array.array.__name__, array.array.__module__)
for code in "bBhHiIlLqQfd":
    a = array.array(code, [1, 2, 3])
    print(code, a.typecode, a.itemsize, a, len(a), a.tolist())

print(array.array("i"))
print(array.array("i", range(5)))
print(array.array("d", (0.5, 2, True)))
print(array.array("b", b"\x01\x02\xff"))
print(array.array("B", bytearray(b"AZ")))
print(array.array("h", array.array("h", [7, -7])))
print(array.array("d", array.array("i", [4, 5])))
print(array.array("f", [0.1, 1.5, -2.25]))
print(array.array("d", [0.1, 1e300, -0.0, float("inf")]))
print(array.array("q", [2**63 - 1, -(2**63)]))
print(array.array("Q", [2**64 - 1]))
print(array.array("i", (x * x for x in range(6))))

a = array.array("i", [10, 20, 30, 40, 50])
print(a[0], a[-1], a[1:3], a[::-2], a[10:])
print(30 in a, 31 in a, "x" in a)
print([x + 1 for x in a], list(reversed(a)), sum(a), max(a))
print(str(a), repr(a[:0]))
print(isinstance(a, array.array), type(a))
print(bytes(array.array("B", [104, 105])))
print(array.array("i", [1, 2]).__reduce_ex__(2))
