import hashlib

for call in (
    lambda: hashlib.md5("text"),
    lambda: hashlib.md5(1),
    lambda: hashlib.sha256().update("x"),
    lambda: hashlib.sha256().update(5),
    lambda: hashlib.shake_128().digest(),
    lambda: hashlib.shake_128(b"x").hexdigest("a"),
    lambda: hashlib.new("nope"),
    lambda: hashlib.sha1().digest(1),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)


class Data(bytes):
    pass


print(hashlib.md5(Data(b"abc")).hexdigest() == hashlib.md5(b"abc").hexdigest())
hashlib.sha256(["not", "bytes"])
