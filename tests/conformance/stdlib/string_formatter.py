import string

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>8}|{value:.3f}|{value!r}", name="pi", value=3.14159))
print(f.format("{0[1]} {p.real} {d[key]}", [5, 6], p=3 + 4j, d={"key": "v"}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")))
print(f.vformat("{} {}", ("a", "b"), {}))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


print(Upper().format("{a} {missing} {0:x}", 255, a="hi"))
