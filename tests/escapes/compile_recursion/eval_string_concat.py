# kind 7: compile-time recursion: eval("'a' " * 1_000_000)
eval("'a' " * 1_000_000)
