# lru_cache is C code in CPython: its wrapper shows no frame.
import functools


@functools.lru_cache(maxsize=32)
def inverse(n):
    return 1 / n


inverse(2)
inverse(0)
