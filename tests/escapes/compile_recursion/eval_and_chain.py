# kind 7: compile-time recursion: eval('1 and ' * 1_000_000 + '1')
eval('1 and ' * 1_000_000 + '1')
