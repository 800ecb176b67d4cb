# kind 3: one host operation with no bound on its time: -1 in itertools.count()
import itertools
-1 in itertools.count()
