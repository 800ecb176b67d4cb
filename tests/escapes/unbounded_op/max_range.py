# kind 3: one host operation with no bound on its time: max(range(10 ** 15))
max(range(10 ** 15))
