# kind 7: compile-time recursion: eval('1 if 1 else ' * 100_000 + '1')
eval('1 if 1 else ' * 100_000 + '1')
