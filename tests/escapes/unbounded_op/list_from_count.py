# kind 3: one host operation with no bound on its time: list(itertools.count())
import itertools
list(itertools.count())
