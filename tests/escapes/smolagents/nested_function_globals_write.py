# smolagents: writing a function's __globals__ (and closure cells) to change what another function sees
def f():
    return len([1])
f.__globals__['len'] = lambda x: 'hacked'
g = f.__globals__
g['__builtins__'] = {'len': None}
f()
