# kind 1: writing to the builtins through a frame view's f_builtins and f_globals
import sys
f = sys._getframe()
for attr in ('f_builtins', 'f_globals', 'f_locals'):
    try:
        d = getattr(f, attr)
        d['len'] = None
        d['print'] = None
    except Exception as e:
        print(attr, type(e).__name__)
