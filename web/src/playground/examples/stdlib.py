# itertools, functools, collections and math

import math
from collections import Counter, defaultdict, deque
from functools import cache, reduce
from itertools import accumulate, combinations, groupby

text = "the quick brown fox jumps over the lazy dog the end"
print(Counter(text.split()).most_common(3))

by_length = defaultdict(list)
for word in sorted(set(text.split())):
    by_length[len(word)].append(word)
print(dict(by_length))

for first, words in groupby(sorted(text.split()), key=lambda w: w[0]):
    print(first, list(words), end="; ")
print()

print(list(accumulate([1, 2, 3, 4, 5])))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(list(combinations("ABC", 2)))


@cache
def paths(n):
    return 1 if n < 2 else paths(n - 1) + paths(n - 2)


print(paths(90), math.comb(10, 3), f"{math.pi:.10f}")

window = deque(maxlen=3)
for n in range(6):
    window.append(n)
window
