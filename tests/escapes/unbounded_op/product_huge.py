# kind 3: one host operation with no bound on its time: len(list(itertools.product(range(100), repeat=10)))
import itertools
len(list(itertools.product(range(100), repeat=10)))
