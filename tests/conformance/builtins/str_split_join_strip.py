s = "  Hello, World! Hello!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip(" !H"))
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(" ", 1), "a,b,c".rsplit(",", 1))
print("  x  y ".split(), "".split(), "".split(","), "abc".split("abc"))
print("line1\nline2\r\nline3\n".splitlines(), "a\nb".splitlines(True))
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), " ".join(str(i) for i in range(3)))
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.tar.gz".rstrip(".gz"))
print("abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "abc".removeprefix("z"))
try:
    "-".join([1, 2])
except TypeError:
    print("TypeError join non-str")
