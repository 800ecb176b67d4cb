# kind 4: a memory bomb:     a.append('x' * 100_000 + str(len(a)))
a = []
while True:
    a.append('x' * 100_000 + str(len(a)))
