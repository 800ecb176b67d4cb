# kind 4: a memory bomb: bin((1 << 400_000_000) - 1)
bin((1 << 400_000_000) - 1)
