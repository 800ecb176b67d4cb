import unicodedata as ud


class Text(str):
    pass


print(ud.category(Text("a")), ud.normalize(Text("NFD"), Text("é")) == "e\u0301")
for call in (
    lambda: ud.name("ab"),
    lambda: ud.name("\x00"),
    lambda: ud.normalize("X", "a"),
    lambda: ud.normalize("NFC", 5),
    lambda: ud.numeric("a"),
    lambda: ud.decimal("x"),
    lambda: ud.digit("½"),
    lambda: ud.category(5),
    lambda: ud.category(),
    lambda: ud.lookup(5),
):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
print(type(ud.unidata_version).__name__, ud.unidata_version.count("."))
ud.numeric("x")
