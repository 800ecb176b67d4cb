tests = {
    "IndexError": lambda: [1, 2][5],
    "KeyError": lambda: {"a": 1}["b"],
    "ZeroDivisionError": lambda: 5 // 0,
    "AttributeError": lambda: "s".nope,
    "TypeError": lambda: "a" + 1,
    "ValueError": lambda: int("12x"),
    "NameError": lambda: not_defined,
    "StopIteration": lambda: next(iter([])),
    "OverflowError": lambda: 2.0 ** 10000,
    "UnboundLocal": None,
}
for expected, fn in tests.items():
    if fn is None:
        continue
    try:
        fn()
    except Exception as e:
        print(expected, type(e).__name__, type(e).__name__ == expected)
try:
    [].pop()
except IndexError as e:
    print("pop", type(e).__name__)
try:
    (1, 2).index(9)
except ValueError as e:
    print("index", type(e).__name__)
