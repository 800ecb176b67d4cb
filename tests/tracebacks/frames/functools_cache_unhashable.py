# An unhashable argument to a cached function: CPython's C wrapper raises it.
import functools


@functools.cache
def total(items):
    return sum(items)


total([1, 2])
