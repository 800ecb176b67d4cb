# kind 3: one host operation with no bound on its time: pow(2, 10 ** 9)
pow(2, 10 ** 9)
