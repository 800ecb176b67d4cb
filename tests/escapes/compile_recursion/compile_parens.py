# kind 7: compile-time recursion: compile('(' * 100_000 + ')' * 100_000, 's', 'eval')
compile('(' * 100_000 + ')' * 100_000, 's', 'eval')
