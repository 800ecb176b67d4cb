# kind 4: a memory bomb: repr(a)
a = ['x' * 1000] * 200_000
repr(a)
