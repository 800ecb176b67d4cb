# kind 3: one host operation with no bound on its time: (1 << 10 ** 9).to_bytes(10 ** 8, 'big')
(1 << 10 ** 9).to_bytes(10 ** 8, 'big')
