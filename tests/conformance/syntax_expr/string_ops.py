s = "Hello"
print(s + " " + "World", s * 3, 3 * "ab")
print("ell" in s, "xyz" not in s, s[0], s[-1])
print(len(s), s.upper(), s.lower(), s.swapcase())
print(s < "Help", "a" < "B", "abc" == "ab" + "c")
print("-".join(["a", "b", "c"]), "".join(reversed(s)))
t = """line1
line2"""
print(t, len(t))
print('single \'quote\' and "double"')
print("tab\there", "nl\\n", r"raw\n", len(r"\n"))
print("\x41\u0042\N{LATIN SMALL LETTER C}")
print("abc" "def", ("implicit"
      " concatenation"))
print(str(), repr(""), repr("it's"), repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\t nl\n bs\\"))
