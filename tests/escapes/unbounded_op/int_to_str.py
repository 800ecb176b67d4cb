# kind 3: one host operation with no bound on its time: str(2 ** 1_000_000)
str(2 ** 1_000_000)
