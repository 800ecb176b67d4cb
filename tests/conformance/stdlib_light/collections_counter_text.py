from collections import Counter
text = """it was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness"""
words = text.split()
c = Counter(words)
for w, n in sorted(c.most_common(4), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>8} {n}")
letters = Counter(ch for ch in text if ch.isalpha())
print(sorted(letters.most_common(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(Counter({"a": 2, "b": -1}).most_common(), +Counter({"a": 2, "b": -1}))
print(list(Counter("hello").elements()))
