# kind 4: a memory bomb: t = tuple('a' * 1_000_000 + str(i) for i in range(1000))
t = tuple('a' * 1_000_000 + str(i) for i in range(1000))
