class Default(dict):
    def __missing__(self, key):
        return 0
dd = Default({"a": 1})
match dd:
    case {"a": 1, "zz": _}:
        print("zz matched?!")
    case {"a": a}:
        print("a =", a)
print(sorted(dd))
match {1: "int key", "1": "str key"}:
    case {1: v, "1": w}:
        print(v, w)
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {"n": {"deep": [1, {"k": "v"}]}}:
    case {"n": {"deep": [_, {"k": found}]}}:
        print("found", found)
match {}:
    case {**rest}:
        print("empty rest", rest)
