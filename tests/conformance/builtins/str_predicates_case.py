tests = ["abc", "ABC", "Abc", "123", "12.5", "abc123", "", " ", "Hello World", "hello world", "٣", "½", "ß"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(),
          t.isupper(), t.islower(), t.istitle(), t.isspace())
print("hello world".title(), "HELLO".capitalize(), "hELLO wORLD".swapcase(), "ß".upper(), "ǅ".lower())
print("straße".casefold(), "İ".lower() == "i̇", "abc".isidentifier(), "1a".isidentifier(), "_x".isidentifier())
print("Hello".isascii(), "héllo".isascii(), "a\tb".isprintable(), "ab".isprintable())
for w in ["hello", "HELLO", "Hello World", "hELLO"]:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("ﬁ".upper(), len("ﬁ".upper()), "ΣΑΣ".lower())
