# kind 8: deep data across the boundary: list(m)
import itertools
m = [1]
for i in range(10_000):
    m = itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(itertools.chain(m))))))))))))))))))))
list(m)
