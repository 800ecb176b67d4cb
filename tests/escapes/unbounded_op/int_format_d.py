# kind 3: one host operation with no bound on its time: format(7 ** 800_000, ',d')
format(7 ** 800_000, ',d')
