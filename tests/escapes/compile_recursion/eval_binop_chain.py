# kind 7: compile-time recursion: eval('1' + '+1' * 1_000_000)
eval('1' + '+1' * 1_000_000)
