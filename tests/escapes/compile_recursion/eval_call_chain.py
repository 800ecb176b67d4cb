# kind 7: compile-time recursion: eval('f' + '()' * 1_000_000, {'f': print})
eval('f' + '()' * 1_000_000, {'f': print})
