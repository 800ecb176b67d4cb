import math
print(math.tau)
print(math.nothing)
