# kind 4: a memory bomb:     fs.append(lambda s=s: s)
fs = []
while True:
    s = 'x' * 100_000 + str(len(fs))
    fs.append(lambda s=s: s)
