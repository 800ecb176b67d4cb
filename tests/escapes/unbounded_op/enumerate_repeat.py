# kind 3: one host operation with no bound on its time: list(enumerate(itertools.repeat(0)))
import itertools
list(enumerate(itertools.repeat(0)))
