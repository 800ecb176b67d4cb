def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("KW" if word in {"let", "if", "else"} else "ID", word))
            i = j
        elif src.startswith(("==", "!=", "<=", ">="), i):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif c in "+-*/()=<>;":
            tokens.append(("OP", c))
            i += 1
        elif c == '"':
            j = src.index('"', i + 1)
            tokens.append(("STR", src[i + 1:j]))
            i = j + 1
        else:
            raise SyntaxError(f"unexpected {c!r} at {i}")
    return tokens
for line in ['let x = 3.5 * (y + 42);', 'if a >= 10 else "big str"', "foo_bar != .5"]:
    print(tokenize(line))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("SyntaxError:", e)
