# kind 3: one host operation with no bound on its time: (10.0 ** 300) ** 2
1.0000001 ** (10 ** 18)
(10.0 ** 300) ** 2
