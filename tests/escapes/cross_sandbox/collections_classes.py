# kind 1: changing collections.Counter (sandbox source) and deque (a native type shared by all)
import collections
collections.Counter.__repr__ = lambda s: 'hacked'
for name in ('append', '__repr__', 'maxlen'):
    try:
        setattr(collections.deque, name, None)
    except Exception as e:
        print(name, type(e).__name__)
collections.OrderedDict = None
