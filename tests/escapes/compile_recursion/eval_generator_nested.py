# kind 7: compile-time recursion: eval('(' + 'x for x in (' * 50_000 + '()' + '))' * 50_000)
eval('(' + 'x for x in (' * 50_000 + '()' + '))' * 50_000)
