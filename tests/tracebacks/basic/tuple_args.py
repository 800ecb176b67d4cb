raise ValueError(1, 2)
