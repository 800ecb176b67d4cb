# kind 7: compile-time recursion: eval('a' + '.b' * 1_000_000, {'a': 1})
eval('a' + '.b' * 1_000_000, {'a': 1})
