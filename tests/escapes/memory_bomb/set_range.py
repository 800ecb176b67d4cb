# kind 4: a memory bomb: set(range(10 ** 8))
set(range(10 ** 8))
