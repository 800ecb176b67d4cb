# kind 3: one host operation with no bound on its time: '1'.zfill(10 ** 10)
'1'.zfill(10 ** 10)
