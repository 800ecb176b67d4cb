# kind 2: a __context__ chain a hundred thousand exceptions long
e = ValueError(0)
for i in range(100000):
    n = ValueError(i)
    n.__context__ = e
    e = n
raise e
