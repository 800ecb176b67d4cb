s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s, s.encode("utf-16-le")[:6], s.encode("latin-1", errors="replace"))
print(s.encode("ascii", errors="ignore"), s.encode("ascii", errors="replace"), s.encode("ascii", "xmlcharrefreplace"))
print(b"\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", isinstance(e, ValueError))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)
print("{0:>6}|{0:<6}|{0:^6}|".format("ab"), "{:08.3f}".format(3.14159), "{:+,}".format(1234567))
print(format(1234.5, ",.1f"), format("s", ">3"), format(255, "08b"), format(3.0, "g"), format(0.000012345, ".2e"))
