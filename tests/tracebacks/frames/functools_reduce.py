import functools

r = functools.reduce(lambda a, b: a + b, [1, 2, 'x'])
