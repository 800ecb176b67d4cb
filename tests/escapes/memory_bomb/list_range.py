# kind 4: a memory bomb: list(range(10 ** 9))
list(range(10 ** 9))
