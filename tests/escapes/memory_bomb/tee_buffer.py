# kind 4: a memory bomb:     pass
import itertools
a, b = itertools.tee(itertools.count())
for x in a:
    pass
