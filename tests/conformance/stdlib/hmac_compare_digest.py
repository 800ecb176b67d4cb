import hmac

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"", b""))
print(hmac.compare_digest("abc", "abc"), hmac.compare_digest("a", "ab"))
print(hmac.compare_digest(bytearray(b"x"), b"x"), hmac.compare_digest(memoryview(b"x"), b"x"))
for a, b in (("a", b"a"), (1, 1), ("é", "é"), (None, b"")):
    try:
        print(hmac.compare_digest(a, b))
    except TypeError as error:
        print("TypeError", error)
