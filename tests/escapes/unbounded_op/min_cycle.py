# kind 3: one host operation with no bound on its time: min(itertools.cycle([1]))
import itertools
min(itertools.cycle([1]))
