# kind 3: one host operation with no bound on its time: dict(zip(itertools.count(), itertools.repeat(0)))
import itertools
dict(zip(itertools.count(), itertools.repeat(0)))
