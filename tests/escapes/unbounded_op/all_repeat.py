# kind 3: one host operation with no bound on its time: all(itertools.repeat(True))
import itertools
all(itertools.repeat(True))
