# kind 4: a memory bomb: ('a' * 30_000_000).encode('utf-32')
('a' * 30_000_000).encode('utf-32')
