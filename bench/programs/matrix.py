"""A small matrix class with dunder operators, used for modular linear algebra.

Addition, subtraction, multiplication (matrix and scalar), indexing with (row, col)
tuples, equality, powers by squaring, and a modular Gauss-Jordan inverse.
"""

import random

SIZE = 12
ROUNDS = 110
MOD = 1_000_003


class Matrix:
    def __init__(self, rows):
        self.rows = [list(row) for row in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def random(cls, rng, n, m):
        return cls([[rng.randrange(MOD) for _ in range(m)] for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, index):
        i, j = index
        return self.rows[i][j]

    def __setitem__(self, index, value):
        i, j = index
        self.rows[i][j] = value

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[(a + b) % MOD for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if isinstance(other, int):
            return Matrix([[(a * other) % MOD for a in row] for row in self.rows])
        if self.m != other.n:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        result = Matrix([[0] * other.m for _ in range(self.n)])
        for i in range(self.n):
            for j in range(other.m):
                total = 0
                for k in range(self.m):
                    total += self[i, k] * other[k, j]
                result[i, j] = total % MOD
        return result

    __rmul__ = __mul__

    def __pow__(self, exponent):
        result = Matrix.identity(self.n)
        base = self
        while exponent:
            if exponent & 1:
                result = result * base
            base = base * base
            exponent >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def trace(self):
        return sum(self[i, i] for i in range(self.n)) % MOD

    def inverse(self):
        n = self.n
        work = [row[:] + [1 if i == j else 0 for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if work[r][col]), None)
            if pivot is None:
                raise ZeroDivisionError("singular matrix")
            work[col], work[pivot] = work[pivot], work[col]
            inv = pow(work[col][col], MOD - 2, MOD)
            work[col] = [(x * inv) % MOD for x in work[col]]
            for r in range(n):
                if r != col and work[r][col]:
                    factor = work[r][col]
                    work[r] = [(x - factor * y) % MOD for x, y in zip(work[r], work[col])]
        return Matrix(row[n:] for row in work)

    def __repr__(self):
        return f"Matrix({self.n}x{self.m}, trace={self.trace()})"


rng = random.Random(42)
checks = 0
trace_sum = 0
for _ in range(ROUNDS):
    a = Matrix.random(rng, SIZE, SIZE)
    b = Matrix.random(rng, SIZE, SIZE)
    left = (a + b) * a
    right = a * a + b * a
    assert left == right
    assert (a * b).transpose() == b.transpose() * a.transpose()
    assert a - a == Matrix([[0] * SIZE] * SIZE)
    inverse = a.inverse()
    if a * inverse == Matrix.identity(SIZE):
        checks += 1
    trace_sum = (trace_sum + left.trace() + (3 * b).trace()) % MOD

fib = Matrix([[1, 1], [1, 0]]) ** 10_000
print(repr(a), fib[0, 1])
print("checksum", checks, trace_sum, (a**5)[1, 2])
