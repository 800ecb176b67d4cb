# kind 3: one host operation with no bound on its time: sum(itertools.repeat(0))
import itertools
sum(itertools.repeat(0))
