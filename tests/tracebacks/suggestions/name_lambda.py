scale = 3
times = lambda v: v * scal
print(times(2))
