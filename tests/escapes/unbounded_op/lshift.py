# kind 3: one host operation with no bound on its time: 1 << 10 ** 10
1 << 10 ** 10
