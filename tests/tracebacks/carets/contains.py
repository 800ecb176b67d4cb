x = 3
ok = 1 in x
