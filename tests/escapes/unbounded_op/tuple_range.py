# kind 3: one host operation with no bound on its time: tuple(range(10 ** 9))
tuple(range(10 ** 9))
