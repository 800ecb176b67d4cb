d = {"a": 1}
for key in ["b", 2, (1, 2), None, ""]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), e.args, str(e))
try:
    set().remove("x")
except KeyError as e:
    print("set remove", e.args)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", type(e).__name__)
try:
    d.pop("zz")
except KeyError as e:
    print("pop", e.args)
print(d.pop("zz", "default"))
try:
    d["missing"]
except Exception as e:
    print("caught", type(e).__name__)
