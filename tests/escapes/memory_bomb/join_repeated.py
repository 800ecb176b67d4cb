# kind 4: a memory bomb: ''.join(['a' * 1_000_000] * 1000)
''.join(['a' * 1_000_000] * 1000)
