# kind 1: replacing __builtins__ in the globals and through exec's globals
__builtins__ = {'len': None}
exec("x = 1", {'__builtins__': {'print': None}})
g = globals()
g['__builtins__'] = {'print': None}
