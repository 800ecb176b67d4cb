# kind 3: one host operation with no bound on its time: 2 ** (2 ** 40)
2 ** (2 ** 40)
