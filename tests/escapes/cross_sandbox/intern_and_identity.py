# kind 1: sys.intern and identity games on shared constants (small ints, empty tuple, interned strings)
import sys
try:
    s = sys.intern('upper')
except Exception as e:
    print(type(e).__name__)
t = ()
try:
    t.__class__ = list
except Exception as e:
    print(type(e).__name__)
try:
    object.__setattr__((), 'x', 1)
except Exception as e:
    print(type(e).__name__)
