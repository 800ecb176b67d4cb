def parse(s):
    i = 0
    def ws():
        nonlocal i
        while i < len(s) and s[i] in " \n\t":
            i += 1
    def value():
        nonlocal i
        ws()
        c = s[i]
        if c == "{":
            i += 1
            obj = {}
            ws()
            if s[i] == "}":
                i += 1
                return obj
            while True:
                k = value()
                ws(); assert s[i] == ":"; i += 1
                obj[k] = value()
                ws()
                if s[i] == "}":
                    i += 1
                    return obj
                assert s[i] == ","; i += 1
        if c == "[":
            i += 1
            arr = []
            ws()
            if s[i] == "]":
                i += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[i] == "]":
                    i += 1
                    return arr
                assert s[i] == ","; i += 1
        if c == '"':
            j = s.index('"', i + 1)
            v, i = s[i + 1:j], j + 1
            return v
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, i):
                i += len(lit)
                return val
        j = i
        while j < len(s) and s[j] in "-+.eE0123456789":
            j += 1
        num, i = s[i:j], j
        return float(num) if any(ch in num for ch in ".eE") else int(num)
    return value()
doc = '{"a": [1, 2.5, -3e2, {"b": null}], "ok": true, "s": "hi there", "e": [], "o": {}}'
print(parse(doc))
print(parse("[[[]], [1, [2, [3]]]]"), parse(' "x" '), parse("-12"))
parse('{"broken" 1}')
