# kind 3: one host operation with no bound on its time: b = a * a * a
a = 7 ** 2_000_000
b = a * a * a
