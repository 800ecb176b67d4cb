# kind 3: one host operation with no bound on its time: {t: 1}
t = tuple(range(5_000_000))
hash(t)
{t: 1}
