# kind 3: one host operation with no bound on its time: sorted(a, reverse=True)
a = list(range(3_000_000, 0, -1))
a.sort()
sorted(a, reverse=True)
