# kind 4: a memory bomb: ('\n' * 100_000_000).splitlines()
('\n' * 100_000_000).splitlines()
