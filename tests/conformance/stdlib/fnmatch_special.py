import fnmatch

cases = [("a[b", "a[b"), ("a[b", "a[b]"), ("x\\y", "x\\y"), ("ab", "a[]b"), ("a-b", "a[a-]b"),
         ("abc", "a*b*c*"), ("", "*"), ("", "?"), ("aXb", "a[!a-z]b"), ("a.b", "a?b")]
for name, pattern in cases:
    print(repr(name), repr(pattern), fnmatch.fnmatchcase(name, pattern))
print(fnmatch.fnmatchcase("a*b", "a[*]b"), fnmatch.fnmatchcase("a?b", "a[?]b"))
print(fnmatch.fnmatchcase("a\nb", "a?b"), fnmatch.fnmatchcase("a/b", "a*b"))
print(fnmatch.fnmatchcase("b", "[a-c-e]"), fnmatch.fnmatchcase("-", "[a-c-e]"))
print(fnmatch.fnmatchcase("é", "[à-ü]"))
