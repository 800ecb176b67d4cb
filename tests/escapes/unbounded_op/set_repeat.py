# kind 3: one host operation with no bound on its time: set(itertools.repeat(1))
import itertools
set(itertools.repeat(1))
