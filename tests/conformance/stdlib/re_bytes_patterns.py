import re

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Count: 42\r\n\r\nbody\xff\x00"
m = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)", data)
print(m.group("method"), m.group("path"), m.groups()[2:], type(m.group()).__name__)
headers = dict(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(headers)
print(re.split(rb"\r\n\r\n", data, maxsplit=1)[1])
print(re.sub(rb"[\x80-\xff\x00]", b"?", data[-6:]))
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"(?L)\w+", b"abc def") if False else None)
print(re.search(rb"(?i)host", data).span(), re.fullmatch(rb"\d+", bytearray(b"123")))
print(re.sub(rb"(\w+)", lambda m: m.group().upper(), b"ab cd"))
for bad in [("a", b"a"), (b"a", "a")]:
    try:
        re.search(*bad)
    except TypeError as error:
        print("TypeError", error)
try:
    re.compile(rb"\d", re.U)
except ValueError as error:
    print(error)
print(re.compile(rb"x").pattern, re.compile(rb"(?i)x").flags)
