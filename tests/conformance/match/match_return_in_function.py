def parse_bool(s):
    match s.strip().lower():
        case "yes" | "y" | "true" | "1" | "on":
            return True
        case "no" | "n" | "false" | "0" | "off":
            return False
        case other:
            raise ValueError(f"not a boolean: {other!r}")
for s in ["Yes", " off ", "1", "N"]:
    print(repr(s), parse_bool(s))
try:
    parse_bool("maybe")
except ValueError as e:
    print("ValueError", e)
def first_word(line):
    match line.split(maxsplit=1):
        case [w, rest]:
            return w, rest
        case [w]:
            return w, ""
        case []:
            return None
print(first_word("hello big world"), first_word("one"), first_word("   "))
