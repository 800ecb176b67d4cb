x = sel{f.values = {}
y = 2
