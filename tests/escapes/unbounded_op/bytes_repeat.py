# kind 3: one host operation with no bound on its time: bytes(itertools.repeat(0))
import itertools
bytes(itertools.repeat(0))
