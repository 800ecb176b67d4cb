f('abc, 1)
