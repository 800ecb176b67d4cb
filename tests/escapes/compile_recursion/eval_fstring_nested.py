# kind 7: compile-time recursion: eval('f"{' * 1000 + '1' + '}"' * 1000)
eval('f"{' * 1000 + '1' + '}"' * 1000)
