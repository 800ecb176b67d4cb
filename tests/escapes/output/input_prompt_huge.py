# kind 5: output past max_output: input('p' * 10_000_000)
input('p' * 10_000_000)
