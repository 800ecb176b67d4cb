# The failing item of a list display gets its own carets.
count = 0
ratios = [1, 2, 10 / count]
