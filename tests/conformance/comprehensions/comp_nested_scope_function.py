def outer(n):
    result = [[j for j in range(i)] for i in range(n)]
    m = n * 2
    others = [m + k for k in range(2)]
    return result, others
print(outer(4))
def grid(w, h):
    return [[(x, y) for x in range(w)] for y in range(h)]
g = grid(2, 2)
print(g)
def count_in(rows, target):
    return sum(1 for row in rows for v in row if v == target)
print(count_in([[1, 2, 1], [1]], 1))
def shadow(x):
    ys = [x for x in range(x)]
    return x, ys
print(shadow(3))
