import base64
import binascii

for call in (
    lambda: base64.b64decode(b"a"),
    lambda: base64.b64decode(b"abcde"),
    lambda: base64.b64decode(3),
    lambda: base64.b64decode("é"),
    lambda: base64.b32decode(b"A"),
    lambda: base64.b16decode(b"0"),
    lambda: base64.b64encode(None),
    lambda: base64.urlsafe_b64decode(b"a*b="),
):
    try:
        print(call())
    except binascii.Error as error:
        print("binascii.Error", error)
    except Exception as error:
        print(type(error).__name__, error)
base64.b64decode("A===", validate=True)
