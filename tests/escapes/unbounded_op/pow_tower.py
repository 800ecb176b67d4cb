# kind 3: one host operation with no bound on its time: 10 ** 10 ** 10
10 ** 10 ** 10
