# kind 4: a memory bomb: t = s * 1000
s = 'a' * 1_000_000
t = s * 1000
