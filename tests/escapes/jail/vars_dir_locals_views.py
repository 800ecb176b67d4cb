# kind jail: vars()/locals()/dir() views of modules, classes and runtime objects, written to
import sys, math
for obj in (sys, math, int, type(print), print, type, object):
    try:
        v = vars(obj)
        v['hack'] = 1
    except Exception as e:
        pass
locals()['__builtins__'] = {}
dir(type(print))
