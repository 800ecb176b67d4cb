# kind 3: one host operation with no bound on its time: len(set(range(10 ** 9)))
len(set(range(10 ** 9)))
