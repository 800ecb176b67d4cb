# cmp_to_key is C code in CPython: only the comparison function shows.
import functools


def compare(a, b):
    return a.size - b


sorted([3, 1, 2], key=functools.cmp_to_key(compare))
