# kind 4: a memory bomb:     i += 1
d = {}
i = 0
while True:
    d[i] = [i] * 100
    i += 1
