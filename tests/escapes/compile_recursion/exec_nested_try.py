# kind 7: compile-time recursion: exec(''.join(' ' * i + 'try:\n' for i in range(3_000)) + ' ' * 3_000 + 'pass\n' + ''.join(
exec(''.join(' ' * i + 'try:\n' for i in range(3_000)) + ' ' * 3_000 + 'pass\n' + ''.join(' ' * i + 'finally:\n' + ' ' * (i + 1) + 'pass\n' for i in reversed(range(3_000))))
