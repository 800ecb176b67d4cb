# kind 3/4: str.translate with a table that maps every character to a long string
s = 'abc' * 1_000_000
s.translate({ord('a'): 'x' * 1000, ord('b'): 'y' * 1000})
