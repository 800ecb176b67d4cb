# kind 4: a memory bomb: a = [[None] * 1000 for i in range(1_000_000)]
a = [[None] * 1000 for i in range(1_000_000)]
