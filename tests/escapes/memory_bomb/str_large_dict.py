# kind 4: a memory bomb: str(d)
d = {i: 'y' * 1000 for i in range(100_000)}
str(d)
