# kind 7: compile-time recursion:     compile('(' * 100 + ')' * 100, 's', 'eval')
for i in range(100_000):
    compile('(' * 100 + ')' * 100, 's', 'eval')
