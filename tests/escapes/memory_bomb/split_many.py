# kind 4: a memory bomb: ('a ' * 50_000_000).split()
('a ' * 50_000_000).split()
