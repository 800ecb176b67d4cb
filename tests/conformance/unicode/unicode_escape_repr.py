texts = ["tab\there", "newline\n", "bell\a", "null\0", "é", "\u200b", "\ud7ff", "😀", "\x7f", "\\"]
for t in texts:
    print(repr(t), ascii(t), len(t))
print("\N{SNOWMAN}", "\N{EURO SIGN}", "\u2603" == "\N{SNOWMAN}")
print(b"\xe2\x98\x83".decode(), "☃".encode())
print("\101\102\103", "\x41\x42", "\u0041")
print(str(b"\xc3\xa9", "utf-8"), bytes("é", "latin-1"))
for cp in [0x41, 0xe9, 0x3b1, 0x4e2d, 0x1f40d]:
    ch = chr(cp)
    print(f"U+{cp:04X}", ch, repr(ch), ch.encode("utf-8").hex())
