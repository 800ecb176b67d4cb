# kind jail: globals()['__builtins__'] and vars()['__builtins__']
b = globals()['__builtins__']
c = vars()['__builtins__']
b['__import__']('os')
