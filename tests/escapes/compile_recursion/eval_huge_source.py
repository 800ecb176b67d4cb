# kind 7: compile-time recursion: eval('1+' * 10_000_000 + '1')
eval('1+' * 10_000_000 + '1')
