# kind 3: one host operation with no bound on its time: (a & b).bit_count()
a = (1 << 50_000_000) - 1
b = a ^ (a >> 1)
(a & b).bit_count()
