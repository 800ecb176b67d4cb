s = 'abc'
t = -s
