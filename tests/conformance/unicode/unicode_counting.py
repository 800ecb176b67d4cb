text = "Le cœur a ses raisons que la raison ne connaît point. Ça va? Où est-il?"
letters = [c for c in text if c.isalpha()]
print(len(text), len(letters))
accented = sorted({c for c in letters if not c.isascii()})
print(accented)
counts = {}
for c in text.lower():
    if c.isalpha():
        counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
words = text.replace(".", " ").replace("?", " ").split()
print(max(words, key=len), sorted(words, key=str.casefold)[:4])
print(text.upper()[:30])
print([w for w in words if any(not ch.isascii() for ch in w)])
