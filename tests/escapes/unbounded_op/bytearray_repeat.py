# kind 3: one host operation with no bound on its time: bytearray(itertools.repeat(0))
import itertools
bytearray(itertools.repeat(0))
