# kind 8: deep data across the boundary: repr(c)
import collections
c = {}
for i in range(300_000):
    c = collections.OrderedDict(a=c)
repr(c)
