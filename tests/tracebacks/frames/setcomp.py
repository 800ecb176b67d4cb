s = {10 // x for x in range(3)}
