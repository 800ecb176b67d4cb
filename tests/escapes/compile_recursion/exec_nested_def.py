# kind 7: compile-time recursion: exec(''.join(' ' * i + 'def f():\n' for i in range(5_000)) + ' ' * 5_000 + 'pass\n')
exec(''.join(' ' * i + 'def f():\n' for i in range(5_000)) + ' ' * 5_000 + 'pass\n')
