# kind 3: one host operation with no bound on its time: hex(1 << 500_000_000)
hex(1 << 500_000_000)
