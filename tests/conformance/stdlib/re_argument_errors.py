import re

attempts = [
    lambda: re.match(r"a", 5),
    lambda: re.match(5, "a"),
    lambda: re.sub(r"a", 5, "a"),
    lambda: re.compile(r"a").search("a", "1"),
    lambda: re.split(r"a", "a", "x"),
    lambda: re.findall(r"a", None),
    lambda: re.compile(r"(a)").match("a").group(1, 2),
    lambda: re.compile(r"(a)").match("a").start(5),
    lambda: re.escape(5),
    lambda: re.sub(r"(a)", r"\g<2>", "a"),
    lambda: re.compile(r"a", flags="i"),
]
for attempt in attempts:
    try:
        print("ok", attempt())
    except (TypeError, IndexError, re.error, ValueError) as error:
        print(type(error).__name__, error)
print(re.compile(r"a").sub(r"b", "aa", count=1), re.sub("a", "b", "aaa", 2))
