# kind jail: __import__ with fromlist, level and globals crafted to reach host modules
for args in (('os', {}, {}, ['system'], 0), ('', {'__package__': 'interp', '__name__': 'interp.x'}, {}, ['host'], 1), ('sys', {'__name__': 'builtins'}, {}, ['modules'], 0)):
    try:
        m = __import__(*args)
        print(type(m).__name__)
    except (ImportError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__)
