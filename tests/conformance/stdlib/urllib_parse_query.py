from urllib.parse import parse_qs, parse_qsl, urlencode

query = "name=Ada+Lovelace&lang=en&lang=fr&empty=&flag&caf%C3%A9=%E2%82%AC5"
print(parse_qs(query))
print(parse_qs(query, keep_blank_values=True))
print(parse_qsl(query))
print(parse_qsl(query, keep_blank_values=True))
print(parse_qsl("a=1;b=2"), parse_qsl("a=1;b=2", separator=";"))
print(parse_qs("x=1&x=2&x=3", max_num_fields=5))
print(parse_qs(b"k=v&k=w"))

print(urlencode({"q": "interp sandbox", "page": 2, "safe": "a/b"}))
print(urlencode([("tag", "x"), ("tag", "y & z"), ("n", None)]))
print(urlencode({"ids": [1, 2, 3], "one": ("a",)}, doseq=True))
print(urlencode({"ids": [1, 2, 3]}))
print(urlencode({"path": "/a b/"}, safe="/", quote_via=__import__("urllib.parse").parse.quote))
print(urlencode({"w": "caf\u00e9"}, encoding="latin-1"), urlencode({b"k": b"v w"}))

for bad in ("a=1&b", "=x"):
    try:
        print(parse_qsl(bad, strict_parsing=True))
    except ValueError as error:
        print("ValueError", error)
try:
    parse_qs("a=1&b=2&c=3", max_num_fields=2)
except ValueError as error:
    print("ValueError", error)
try:
    urlencode("not a mapping")
except TypeError as error:
    print("TypeError", error)
