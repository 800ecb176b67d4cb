# kind 4: a memory bomb:     s += 'x' * 1_000_000
s = ''
while True:
    s += 'x' * 1_000_000
