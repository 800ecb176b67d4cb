# kind 4: a memory bomb: list(zip(*[range(10 ** 7)] * 10))
list(zip(*[range(10 ** 7)] * 10))
