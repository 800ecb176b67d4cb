# smolagents: work done inside one builtin call to dodge an operations counter (sorted with key, map, str.join of generator)
x = sum(map(lambda i: i * i, range(10 ** 7)))
y = sorted(range(10 ** 6), key=lambda i: -i)
z = ''.join(str(i) for i in range(10 ** 7))
