# kind 7: compile-time recursion: eval('{1:' * 100_000 + '1' + '}' * 100_000)
eval('{1:' * 100_000 + '1' + '}' * 100_000)
