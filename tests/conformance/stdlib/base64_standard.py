import base64

for data in (b"", b"a", b"ab", b"abc", b"data\x00\xff", "ünïcode".encode()):
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc), base64.standard_b64encode(data) == enc)
print(base64.b64decode("ZGF0YQA="), base64.b64decode(b"ZGF0YQA=\n"), base64.b64decode(bytearray(b"YQ==")))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
try:
    base64.b64decode("abc", validate=True)
except Exception as error:
    print(type(error).__name__, error)
try:
    base64.b64decode("ab!c", validate=True)
except Exception as error:
    print(type(error).__name__, error)
print(base64.b64decode("ab!c="))
try:
    base64.b64encode("text")
except TypeError as error:
    print("TypeError", error)
