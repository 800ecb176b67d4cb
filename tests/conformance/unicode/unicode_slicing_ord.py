s = "añb€c😀d"
print(len(s), list(s))
print([hex(ord(c)) for c in s])
print(s[1:4], s[::2], s[::-1], s.index("€"), s.find("😀"))
print("".join(chr(ord(c) + 1) for c in "αβγ"))
print(chr(0x263A), chr(128013), ord("😀") > 0xFFFF)
b = s.encode("utf-8")
print(len(b), b[:4], b.decode("utf-8") == s)
print(s.encode("utf-16-be")[:6], len(s.encode("utf-32-le")))
print("\u00e9" == "é", "\U0001F600" == "😀", "\x41")
for c in "a€😀":
    print(c, len(c.encode("utf-8")))
