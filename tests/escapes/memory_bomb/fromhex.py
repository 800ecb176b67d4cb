# kind 4: a memory bomb: bytes.fromhex('ab' * 100_000_000)
bytes.fromhex('ab' * 100_000_000)
