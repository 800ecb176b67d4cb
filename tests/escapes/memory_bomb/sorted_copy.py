# kind 4: a memory bomb: d = a + b + c
a = ['z' * 100] * 5_000_000
b = sorted(a)
c = sorted(a)
d = a + b + c
