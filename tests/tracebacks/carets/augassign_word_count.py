counts = {}
for w in ["a"]:
    counts[w] += 1
