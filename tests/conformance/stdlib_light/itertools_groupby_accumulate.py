import itertools
data = [1, 2, 3, 4, 5]
print(list(itertools.accumulate(data)))
print(list(itertools.accumulate(data, lambda a, b: a * b)))
print(list(itertools.accumulate(data, max, initial=3)))
print(list(itertools.accumulate([3, 1, 4, 1, 5], min)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, grp in itertools.groupby(words, key=lambda w: w[0]):
    print(key, list(grp))
for key, grp in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(key, len(list(grp)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdaa")])
runs = ["".join(g) for _, g in itertools.groupby("1112223311")]
print(runs)
