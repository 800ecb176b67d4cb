def depth(n):
    return 0 if n ==  else 1
