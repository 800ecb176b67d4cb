text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
words = [w.strip(".").lower() for w in text.split()]
print(words)
freq = {w: words.count(w) for w in sorted(set(words))}
print({w: c for w, c in freq.items() if c > 1})
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
print([w[::-1] for w in words[:4]])
print(sorted(words, key=lambda w: (-len(w), w))[:3])
vowels = {c: sum(1 for ch in text.lower() if ch == c) for c in "aeiou"}
print(vowels)
