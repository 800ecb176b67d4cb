# kind 4: a memory bomb: dict.fromkeys(range(10 ** 8))
dict.fromkeys(range(10 ** 8))
