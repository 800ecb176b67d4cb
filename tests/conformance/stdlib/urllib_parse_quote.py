from urllib.parse import quote, quote_from_bytes, quote_plus, unquote, unquote_plus, unquote_to_bytes

samples = ["hello world", "a/b/c", "100% sure?", "x=1&y=2", "caf\u00e9", "\u65e5\u672c", "~user_name.txt-", ""]
for text in samples:
    print(repr(text), quote(text), quote(text, safe=""), quote_plus(text), quote_plus(text, safe="/"))

print(quote("caf\u00e9", encoding="latin-1"), quote("a\u20acb", errors="replace", encoding="ascii"))
print(quote(b"\x00\xffbytes"), quote_from_bytes(b"a b+c"), quote("/path with space/", safe="/ "))

for text in ["hello%20world", "a+b%2Bc", "caf%C3%A9", "%E6%97%A5", "bad%zzescape", "%", "100%25"]:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), unquote_to_bytes(text))
print(repr(unquote("caf%E9", encoding="latin-1")), repr(unquote("%ff", errors="strict" if False else "replace")))

for text in ["spaces and/slashes", "\u00fcber/\u00e7a"]:
    print(unquote(quote(text)) == text, unquote_plus(quote_plus(text)) == text)

for bad in (lambda: quote(5), lambda: quote_from_bytes("str"), lambda: unquote_to_bytes(None)):
    try:
        bad()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__)
