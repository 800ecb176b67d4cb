# smolagents: __import__ with fromlist/level tricks, importlib, and sys.modules-style lookups
for spec in ('os', 'os.path', 'posixpath', 'importlib', 'importlib.util', 'builtins', 'sys'):
    try:
        m = __import__(spec, fromlist=['*'])
        if hasattr(m, 'system') or hasattr(m, 'import_module'):
            print('ESCAPED', spec)
    except ImportError:
        pass
