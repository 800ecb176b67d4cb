# kind 3: one host operation with no bound on its time: list(itertools.islice(itertools.repeat(None), 10 ** 12))
import itertools
list(itertools.islice(itertools.repeat(None), 10 ** 12))
