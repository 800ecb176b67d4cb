def make_counter_tree(depth):
    if depth == 0:
        return lambda: 1
    left = make_counter_tree(depth - 1)
    right = make_counter_tree(depth - 1)
    return lambda: left() + right() + 1
print(make_counter_tree(5)())
def fixpoint():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
print(fixpoint()(12))
def y_comb(f):
    return (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_comb(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    out = []
    for i, x in enumerate(seq):
        for p in permutations(seq[:i] + seq[i + 1:]):
            out.append(x + p)
    return out
print(permutations("abc"))
