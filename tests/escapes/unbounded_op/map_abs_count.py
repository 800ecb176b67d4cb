# kind 3: one host operation with no bound on its time: tuple(map(abs, itertools.count()))
import itertools
tuple(map(abs, itertools.count()))
