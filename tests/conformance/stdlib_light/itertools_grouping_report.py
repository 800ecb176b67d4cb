import itertools
records = [("2024-01", "food", 12), ("2024-01", "rent", 800), ("2024-02", "food", 15),
           ("2024-02", "fun", 40), ("2024-02", "food", 7), ("2024-03", "rent", 800)]
for month, rows in itertools.groupby(records, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_cat = sorted(records, key=lambda r: r[1])
print({k: sum(r[2] for r in g) for k, g in itertools.groupby(by_cat, key=lambda r: r[1])})
print(list(itertools.accumulate(r[2] for r in records)))
evens, odds = [], []
for is_even, grp in itertools.groupby(range(10), key=lambda n: n % 2 == 0):
    (evens if is_even else odds).extend(grp)
print(evens, odds)
