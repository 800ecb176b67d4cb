# kind 5: output past max_output: print(*['a'] * 1_000_000)
print(*['a'] * 1_000_000)
