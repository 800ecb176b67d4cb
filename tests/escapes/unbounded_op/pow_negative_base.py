# kind 3: one host operation with no bound on its time: (-7) ** 123456789
(-7) ** 123456789
