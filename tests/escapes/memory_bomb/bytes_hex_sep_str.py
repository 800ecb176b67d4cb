# kind 4: a memory bomb: b.hex(' ')
b = bytes(10_000_000)
b.hex('-' * 1)
b.hex(' ')
