def make_gens():
    gens = []
    for i in range(3):
        gens.append((i * j for j in range(3)))
    return gens
print([list(g) for g in make_gens()])
def make_gens_fixed():
    def gen(i):
        return (i * j for j in range(3))
    return [gen(i) for i in range(3)]
print([list(g) for g in make_gens_fixed()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
        yield count
print(list(counter_gen()))
