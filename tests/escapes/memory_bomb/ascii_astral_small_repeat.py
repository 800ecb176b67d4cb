# kind 4: a memory bomb: a = [ascii(s), ascii(s), ascii(s)]
s = '\U0001f600' * 3_000_000
a = [ascii(s), ascii(s), ascii(s)]
