squares = [n := 0   for n in range(3)]
