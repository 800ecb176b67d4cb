# kind 8: deep data across the boundary: list(m)
import itertools
m = itertools.count()
for i in range(10_000):
    m = itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(itertools.islice(m, 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5), 5)
list(m)
