import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness... It's a far, far better thing that I do; don't you think?"""
words = re.findall(r"[a-z]+(?:'[a-z]+)?", TEXT.lower())
print(len(words), Counter(words).most_common(5))
sentences = [s for s in re.split(r"(?<=[.;?!])\s+", TEXT.replace("\n", " ")) if s]
print(len(sentences), [len(re.findall(r"\w+", s)) for s in sentences])
print(re.findall(r"\b(\w+),\s+\1\b", TEXT))
print(sorted(set(re.findall(r"\b[A-Z]\w*", TEXT))))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.sub(r"[aeiou]", "", "programming language", flags=re.I))
slug = re.sub(r"[^\w]+", "-", "Hello, World! It's 2024...".lower()).strip("-")
print(slug)
