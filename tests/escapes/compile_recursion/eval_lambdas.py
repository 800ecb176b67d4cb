# kind 7: compile-time recursion: eval('lambda: ' * 50_000 + '1')
eval('lambda: ' * 50_000 + '1')
