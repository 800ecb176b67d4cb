import base64

for data in (b"", b"a", b"abc", b"hello world", bytes(range(10))):
    print(base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b32decode(b"mfrgg===", casefold=True), base64.b16decode(b"6162", casefold=True))
print(base64.b32decode(b"MFRGG0==".replace(b"0", b"O")), base64.b32decode(b"ME======"))
if hasattr(base64, "b32hexencode"):
    print(base64.b32hexencode(b"abc"), base64.b32hexdecode(b"C5H66==="))
for bad in (b"MFRGG", b"MFRGG=!=", b"6"):
    try:
        print(base64.b32decode(bad))
    except Exception as error:
        print(type(error).__name__, error)
try:
    base64.b16decode(b"6g")
except Exception as error:
    print(type(error).__name__, error)
