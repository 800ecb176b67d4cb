# kind 3: make the host's re compile (interp/stdlib/_re_host.py) do as much unmetered work as it can: wide and case-insensitive ranges, long patterns, deep groups, again and again
import re

wide = "[\x00-\uffff]"
patterns = [
    wide * 1,
    "[\x00-\U0010ffff]",
    "(?i)[\x00-\U0010ffff]",
    "[a-z]" * 800,
    "(" * 40 + "a" + ")" * 40,
    "(?:a|b|c|d)" * 360,
    "(?i)" + "[\u0100-\u017f]" * 400,
]
while True:
    for p in patterns:
        re.purge()
        re.compile(p)
        re._compiler.compile(p, 0)
