# kind 4: a memory bomb: format(1 << 600_000_000, 'b')
format(1 << 600_000_000, 'b')
