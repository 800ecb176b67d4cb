x = 1 2
if a:
    b
  c
