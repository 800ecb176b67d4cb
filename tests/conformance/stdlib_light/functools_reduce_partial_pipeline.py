from functools import reduce, partial
def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
pipeline = compose(str.strip, str.lower, partial(str.replace, " ", "-"))
print(pipeline("  Hello Big World  "))
add = lambda a, b: a + b
print(reduce(add, map(partial(pow, 2), range(5))))
matrix = [[1, 2], [3, 4], [5, 6]]
print(reduce(lambda acc, row: [a + b for a, b in zip(acc, row)], matrix))
print(reduce(lambda acc, x: acc * 10 + x, [4, 0, 2], 0))
flatten = partial(reduce, lambda a, b: a + b)
print(flatten([[1], [2, 3], [4]]))
