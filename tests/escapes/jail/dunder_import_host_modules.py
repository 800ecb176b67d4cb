# kind jail: the new __import__ builtin asked for host modules, by name, relative level and fromlist
names = ['posix', 'subprocess', 'js', 'pyodide', '_io', 'interp', 'interp.host', 'importlib', 'ctypes', 'gc']
for name in names:
    try:
        module = __import__(name)
        print('ESCAPED', name, module)
    except ImportError:
        pass
fake = {'__package__': 'interp.host', '__name__': 'interp.host.x'}
for level in (1, 2, 3):
    try:
        print('ESCAPED', __import__('session', fake, None, ['Session'], level))
    except ImportError:
        pass
os = __import__('os', None, None, ['system', 'path', '_wrap_close'])
print(type(os).__name__, hasattr(os, 'system'))
