# kind 7: compile-time recursion: eval('not ' * 100_000 + 'x', {'x': 1})
eval('not ' * 100_000 + 'x', {'x': 1})
