# A partial of something not callable: CPython's C constructor raises.
import functools

handler = functools.partial(42, 1)
