import random
from collections import Counter

random.seed(4)
colors = ["red", "green", "blue"]
print(random.choices(colors, k=8))
print(random.choices(colors, weights=[10, 1, 1], k=8))
print(random.choices(colors, cum_weights=[1, 2, 12], k=8))

# A loaded die: counts follow the weights.
rolls = random.choices(range(1, 7), weights=[1, 1, 1, 1, 1, 5], k=2000)
counts = Counter(rolls)
print(sorted(counts.items()))
print(counts.most_common(1)[0][0])

# Weighted sampling of a population with zero weights never picks them.
picked = set(random.choices("abcd", weights=[0, 3, 0, 1], k=200))
print(sorted(picked))

# choices on a range and on a string
print(random.choices(range(10**6), k=4), "".join(random.choices("ACGT", k=24)))

# A random walk
position, path = 0, []
for step in random.choices([-1, 1], k=40):
    position += step
    path.append(position)
print(path[-1], min(path), max(path))

try:
    random.choices(colors, weights=[1, 2], k=2)
except ValueError as error:
    print("ValueError", error)
