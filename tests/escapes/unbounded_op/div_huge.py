# kind 3: one host operation with no bound on its time: c = divmod(a, 10 ** 999_999)
a = (3 ** 4_000_000)
b = a // 7 ** 1_000_000
c = divmod(a, 10 ** 999_999)
