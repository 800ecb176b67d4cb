import re

checks = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "ipv4": r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)",
    "hex": r"#(?:[0-9a-fA-F]{3}){1,2}",
    "date": r"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])",
    "ident": r"[A-Za-z_]\w*",
}
samples = ["bob@example.com", "a.b+c@d-e.co.uk", "bad@", "192.168.0.1", "256.1.1.1", "1.2.3",
           "#fff", "#abcdef", "#abcd", "2024-02-30", "2024-13-01", "_private", "9lives"]
for sample in samples:
    kinds = [name for name, pattern in checks.items() if re.fullmatch(pattern, sample)]
    print(f"{sample:18} {kinds}")
print(re.fullmatch(r"a|ab", "ab"), re.match(r"a|ab", "ab"))
print(re.compile(r"\d+").fullmatch("x123y", 1, 4))
print(re.fullmatch(r"(?:ab)*", ""), re.fullmatch(r".*?", "abc").group())
