def make_accumulators():
    accs = []
    for i in range(3):
        def make(start):
            total = start
            def add(n):
                nonlocal total
                total += n
                return total
            return add
        accs.append(make(i * 100))
    return accs
a, b, c = make_accumulators()
print(a(1), a(1), b(5), c(10), b(5))
def toggler():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t = toggler()
print([t() for _ in range(4)])
