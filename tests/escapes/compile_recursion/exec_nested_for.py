# kind 7: compile-time recursion: exec(''.join(' ' * i + 'for x in ():\n' for i in range(5_000)) + ' ' * 5_000 + 'pass\n')
exec(''.join(' ' * i + 'for x in ():\n' for i in range(5_000)) + ' ' * 5_000 + 'pass\n')
