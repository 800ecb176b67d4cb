# kind 5: output past max_output: print(*range(10), sep='x' * 10_000_000)
print(*range(10), sep='x' * 10_000_000)
