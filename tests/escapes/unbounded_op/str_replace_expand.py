# kind 3: one host operation with no bound on its time: s.replace('a', 'b' * 1000)
s = 'a' * 1_000_000
s.replace('a', 'b' * 1000)
