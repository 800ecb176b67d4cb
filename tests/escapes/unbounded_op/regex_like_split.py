# kind 3: str.split/partition/find on a huge string with a separator that almost matches
s = 'a' * 30_000_000 + 'b'
for i in range(100):
    s.find('a' * 100_000 + 'c')
