def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def mat_pow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(f"{v:>{w}}" for v in row))
A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
show(matmul(A, B))
show(transpose(B))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det(A))
print(mat_pow([[1, 1], [1, 0]], 50)[0][1])
M = [[(i * 7 + j * 3) % 10 for j in range(4)] for i in range(4)]
show(M)
print(det(M), [sum(r) for r in M], [sum(c) for c in zip(*M)])
