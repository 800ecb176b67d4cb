import re

for pattern, text in [(r"\d+", "abc 123 def 45"), (r"^\w+", "hello world"), (r"(\w+)@(\w+)\.com", "mail bob@example.com now"),
                      (r"colou?r", "the color red"), (r"x*", "aaa"), (r"[A-Z][a-z]+", "lower Upper"), (r"\bcat\b", "concat cat")]:
    m = re.search(pattern, text)
    print(pattern, m.group() if m else None, m.span() if m else None)
    m = re.match(pattern, text)
    print("  match:", m.group() if m else None)
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.search(r"(?i)HELLO", "say hello").start())
print(re.match(r"a|ab", "ab").group(), re.match(r"ab|a", "ab").group())
