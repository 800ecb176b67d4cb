# kind 3: one host operation with no bound on its time: 'a'.center(10 ** 10)
'a'.center(10 ** 10)
