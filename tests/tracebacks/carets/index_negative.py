xs = []
last = xs[-1]
