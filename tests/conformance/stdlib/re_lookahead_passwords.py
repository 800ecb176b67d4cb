import re

RULE = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*(.)\1\1).{8,}$")
for pw in ["Passw0rd!", "password", "SHORT1!a", "Aaa111!!!bbb", "GoodOne#2024", "n0Symbols", "Aa1!aaa_bc"]:
    print(f"{pw:14}", bool(RULE.match(pw)))
print(re.findall(r"\d+(?=\s*(?:kg|g)\b)", "5 kg of apples, 200g sugar, 3 cups, 10 gallons"))
print(re.findall(r"\b\w+(?<!ing)\b", "sing walking talk ring fly"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567 and 89 and 1000000.55"))
print(re.findall(r"(?<![\w.])\d+(?![\w.])", "10 a2 3.5 44 x9 100"))
print(re.split(r"(?<=[.!?])\s+", "One. Two! Three? Four"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50 now").group())
