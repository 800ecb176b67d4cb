# kind 3: one host operation with no bound on its time: sum(range(10 ** 15))
sum(range(10 ** 15))
