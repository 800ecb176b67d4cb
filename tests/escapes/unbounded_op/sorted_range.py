# kind 3: one host operation with no bound on its time: sorted(range(10 ** 9))
sorted(range(10 ** 9))
