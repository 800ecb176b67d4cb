import uuid

for call in (
    lambda: uuid.UUID("xyz"),
    lambda: uuid.UUID(),
    lambda: uuid.UUID(int=-1),
    lambda: uuid.UUID(bytes=b"short"),
    lambda: uuid.UUID(hex="0" * 32, int=0),
    lambda: uuid.UUID(int=0, version=9),
    lambda: uuid.UUID(fields=(1, 2)),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
u = uuid.uuid4()
try:
    u.hex = "x"
except TypeError as error:
    print("TypeError", error)
uuid.UUID("12345678-1234-5678-1234-56781234567")
