# kind 3: one host operation with no bound on its time: frozenset(itertools.repeat(1))
import itertools
frozenset(itertools.repeat(1))
