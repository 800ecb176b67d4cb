import bisect

records = [("ann", 19), ("bob", 25), ("cy", 31), ("di", 40)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]))
print(bisect.bisect_right(records, 25, key=lambda r: r[1]))
bisect.insort(records, ("ed", 28), key=lambda r: r[1])
print(records)
words = sorted(["pear", "fig", "banana", "kiwi"], key=len)
print(words, bisect.bisect(words, 4, key=len))
