# kind 3: one host operation with no bound on its time: pow(3, 10 ** 8, None)
pow(3, 10 ** 8, None)
