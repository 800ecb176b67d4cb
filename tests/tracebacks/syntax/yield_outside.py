total = (yield   5)
