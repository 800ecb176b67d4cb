import hmac

for call in (
    lambda: hmac.new("key", b"msg", "md5"),
    lambda: hmac.new(b"key"),
    lambda: hmac.new(b"key", b"msg", "nope"),
    lambda: hmac.new(b"key", "text", "md5"),
    lambda: hmac.new(b"key", digestmod="md5").update(3),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
print(hmac.new(b"key", None, "md5").hexdigest())
hmac.new(b"key", b"msg", digestmod=None)
