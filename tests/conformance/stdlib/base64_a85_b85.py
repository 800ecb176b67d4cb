import base64

for data in (b"", b"hello", b"\x00\x00\x00\x00", b"    ", bytes(range(20))):
    print(base64.a85encode(data), base64.b85encode(data))
    assert base64.a85decode(base64.a85encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
print(base64.a85encode(b"hello world", adobe=True), base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85encode(b"    ", foldspaces=True), base64.a85encode(b"x" * 30, wrapcol=10))
print(base64.b85encode(b"abc", pad=True), base64.b85decode(b"VPaz"))
for bad in (b"\xff", b"~"):
    try:
        print(base64.b85decode(bad))
    except Exception as error:
        print(type(error).__name__, error)
try:
    base64.a85decode(b"z~", adobe=False)
except Exception as error:
    print(type(error).__name__, error)
