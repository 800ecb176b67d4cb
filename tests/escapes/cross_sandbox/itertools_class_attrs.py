# kind 1: changing itertools types shared by every sandbox
import itertools
itertools.islice = None
for t in (itertools.count, itertools.chain, itertools.islice if callable(itertools.islice) else itertools.cycle):
    for name in ('__next__', '__iter__', '__repr__', 'from_iterable'):
        try:
            setattr(t, name, None)
        except Exception as e:
            print(t.__name__, name, type(e).__name__)
