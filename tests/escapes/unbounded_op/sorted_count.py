# kind 3: one host operation with no bound on its time: sorted(itertools.count())
import itertools
sorted(itertools.count())
