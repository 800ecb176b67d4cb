# kind 3: one host operation with no bound on its time:     pass
import itertools
for p in itertools.permutations(range(20)):
    pass
