# kind 3: one host operation with no bound on its time: [].extend(itertools.repeat(1))
import itertools
[].extend(itertools.repeat(1))
