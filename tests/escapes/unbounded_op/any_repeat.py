# kind 3: one host operation with no bound on its time: any(itertools.repeat(False))
import itertools
any(itertools.repeat(False))
