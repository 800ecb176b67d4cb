"""A JSON-like pretty printer: recursive, dispatching on isinstance, building strings.

Documents of nested dicts, lists, tuples, strings (escaped character by character),
numbers, booleans and None are rendered with indentation, a width-based choice between
one-line and multi-line layout, and sorted keys; the output is then checked line by line.
"""

import random

DOCUMENTS = 4500
WIDTH = 60

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
WORDS = ["alpha", "beta", "gamma", "delta", "tab\there", 'say "hi"', "line\nbreak", "naïve", "x"]


def escape(text):
    parts = []
    for ch in text:
        if ch in ESCAPES:
            parts.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            parts.append(f"\\u{ord(ch):04x}")
        else:
            parts.append(ch)
    return '"' + "".join(parts) + '"'


def scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if value == value else "NaN"
    if isinstance(value, str):
        return escape(value)
    raise TypeError(f"cannot render {type(value).__name__}")


def compact(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{escape(str(k))}: {compact(v)}" for k, v in sorted(value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(compact(v) for v in value) + "]"
    return scalar(value)


def render(value, indent=0, out=None):
    if out is None:
        out = []
    flat = compact(value)
    if len(flat) + indent <= WIDTH or not isinstance(value, (dict, list, tuple)) or not value:
        out.append(flat)
        return out
    pad = "  " * (indent + 1)
    if isinstance(value, dict):
        out.append("{\n")
        items = sorted(value.items())
        for position, (key, item) in enumerate(items):
            out.append(f"{pad}{escape(str(key))}: ")
            render(item, indent + 1, out)
            out.append(",\n" if position < len(items) - 1 else "\n")
        out.append("  " * indent + "}")
    else:
        out.append("[\n")
        for position, item in enumerate(value):
            out.append(pad)
            render(item, indent + 1, out)
            out.append(",\n" if position < len(value) - 1 else "\n")
        out.append("  " * indent + "]")
    return out


def make_value(rng, depth):
    kind = rng.randint(0, 9 if depth > 0 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return rng.random() < 0.5
    if kind == 2:
        return rng.randint(-10_000, 10_000)
    if kind == 3:
        return rng.randint(-400, 400) / 8
    if kind in (4, 5):
        return rng.choice(WORDS) + str(rng.randint(0, 99))
    if kind in (6, 7):
        return {f"{rng.choice(WORDS)[:5]}_{i}": make_value(rng, depth - 1) for i in range(rng.randint(0, 5))}
    if kind == 8:
        return [make_value(rng, depth - 1) for _ in range(rng.randint(0, 6))]
    return tuple(make_value(rng, depth - 1) for _ in range(rng.randint(1, 3)))


rng = random.Random(42)
total_chars = 0
total_lines = 0
deepest = 0
longest = ""
checksum = 0
for number in range(DOCUMENTS):
    document = {"id": number, "payload": make_value(rng, 5), "tags": [rng.choice(WORDS) for _ in range(3)]}
    text = "".join(render(document))
    lines = text.split("\n")
    total_chars += len(text)
    total_lines += len(lines)
    for line in lines:
        depth = (len(line) - len(line.lstrip(" "))) // 2
        deepest = max(deepest, depth)
        if len(line) > len(longest):
            longest = line
        checksum = (checksum * 131 + len(line) + line.count('"')) % 1_000_000_007
    if number == 3:
        print(text[:300])

try:
    render({"bad": {1, 2}})
except TypeError as error:
    print("error:", error)
print(longest[:70])
print("checksum", total_chars, total_lines, deepest, checksum)
