# kind 7: compile-time recursion: eval('2**' * 100_000 + '1')
eval('2**' * 100_000 + '1')
