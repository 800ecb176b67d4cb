# kind 2: a __cause__ chain built by raise ... from, two hundred thousand long
e = None
for i in range(200000):
    n = KeyError(i)
    n.__cause__ = e
    e = n
raise e
