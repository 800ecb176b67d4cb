# kind 5: output past max_output: print(end='y' * 10_000_000)
print(end='y' * 10_000_000)
