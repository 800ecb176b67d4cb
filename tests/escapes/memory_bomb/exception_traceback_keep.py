# kind 4: a memory bomb:         keep.append(e)
keep = []
while True:
    try:
        raise ValueError('x' * 100_000)
    except ValueError as e:
        keep.append(e)
