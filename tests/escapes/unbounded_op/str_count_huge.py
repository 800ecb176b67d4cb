# kind 3: one host operation with no bound on its time: 'c' in s
s = 'ab' * 20_000_000
s.count('ab')
'c' in s
