# kind 7: compile-time recursion: eval('(a:=' * 100_000 + '1' + ')' * 100_000)
eval('(a:=' * 100_000 + '1' + ')' * 100_000)
