# kind jail: __builtins__.__dict__['__import__']
__builtins__.__dict__['__import__']('os')
