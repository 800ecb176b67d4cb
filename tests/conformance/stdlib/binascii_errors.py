import binascii

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.a2b_hex("abc")
except ValueError as error:
    print(type(error).__name__, error)


class Raw(bytes):
    pass


class Text(str):
    pass


print(binascii.hexlify(Raw(b"\x10")), binascii.unhexlify(Text("10")))
for call in (
    lambda: binascii.a2b_base64("é"),
    lambda: binascii.b2a_base64("x"),
    lambda: binascii.a2b_qp(object()),
    lambda: binascii.hexlify(),
    lambda: binascii.b2a_base64(b"x", True),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
raise binascii.Error("raised by the program")
