import pprint

data = {"name": "example", "values": list(range(25)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 6}], "b": None},
        "text": "a fairly long string that will not fit on one line when printed with a narrow width"}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=1)
print(pprint.pformat([1, 2, 3]), pprint.saferepr({"b": 2, "a": 1}))
pprint.pprint(data, sort_dicts=False, width=120)
pprint.pprint([])
pprint.pprint({}, width=1)
