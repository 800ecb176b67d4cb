# kind 3: one host operation with no bound on its time: dict.fromkeys(range(10 ** 9))
dict.fromkeys(range(10 ** 9))
