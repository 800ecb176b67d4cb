x = 1 2
if x:
	if y:
        pass
