# kind 7: compile-time recursion: eval('a' + '[0]' * 1_000_000, {'a': [1]})
eval('a' + '[0]' * 1_000_000, {'a': [1]})
