# kind 7: compile-time recursion: eval('-' * 1_000_000 + '1')
eval('-' * 1_000_000 + '1')
