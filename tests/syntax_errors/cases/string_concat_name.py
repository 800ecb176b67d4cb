a = 'x' 'y' z
