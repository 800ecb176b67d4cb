import re

RULES = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)"), r'<a href="\2">\1</a>'),
]
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


def render(line):
    if m := HEADING.match(line):
        level = len(m.group(1))
        return f"<h{level}>{m.group(2)}</h{level}>"
    for pattern, repl in RULES:
        line = pattern.sub(repl, line)
    return f"<p>{line}</p>"


doc = """# Title ##
Some **bold** and *italic* text with `code *not italic*`.
See [the docs](https://example.com/docs) or [bad](ftp://x).
### Sub heading"""
for line in doc.splitlines():
    print(render(line))
