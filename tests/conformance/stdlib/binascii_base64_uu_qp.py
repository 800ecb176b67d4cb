import binascii

for data in (b"", b"f", b"fo", b"foo", b"foob", b"hi there\x00\xff"):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc), binascii.b2a_base64(data, newline=False))
print(binascii.a2b_base64("aGkg dGhl\ncmU="), binascii.a2b_base64(b"YQ==YQ=="))
for bad in (b"abc", b"a", b"YQ=", b"!!!!"):
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as error:
        print("Error", error)
try:
    binascii.a2b_base64(b"YQ==YQ==", strict_mode=True)
except binascii.Error as error:
    print("strict", error)
print(binascii.b2a_uu(b"abc"), binascii.a2b_uu(b"#86)C\n"), binascii.b2a_uu(b"", backtick=True))
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as error:
    print("Error", error)
print(binascii.b2a_qp(b"h\xe9llo = world\t\n"), binascii.a2b_qp(b"h=E9llo=\nx"))
print(binascii.b2a_qp(b"a b", quotetabs=True), binascii.b2a_qp(b"a_b c", header=True), binascii.a2b_qp(b"a_b", header=True))
