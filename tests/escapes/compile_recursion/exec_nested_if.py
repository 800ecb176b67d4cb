# kind 7: compile-time recursion: exec('\n'.join(' ' * i + 'if 1:' for i in range(10_000)) + '\n' + ' ' * 10_000 + 'pass')
exec('\n'.join(' ' * i + 'if 1:' for i in range(10_000)) + '\n' + ' ' * 10_000 + 'pass')
