x = 5
if x > 3: raise ValueError('x too big')
