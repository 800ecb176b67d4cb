# kind 4: a memory bomb: list('x' * 100_000_000)
list('x' * 100_000_000)
