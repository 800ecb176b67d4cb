# kind 4: a memory bomb: a *= 10 ** 9
a = [0]
a *= 10 ** 9
