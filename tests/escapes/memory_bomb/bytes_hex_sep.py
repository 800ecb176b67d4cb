# kind 4: a memory bomb: (b'a' * 20_000_000).hex(':', 1)
(b'a' * 20_000_000).hex(':', 1)
