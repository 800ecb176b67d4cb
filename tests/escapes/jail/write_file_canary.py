# kind jail: writing a host file by every route a jail offers (open, io, pathlib, os, codecs, a module's __builtins__)
path = '/tmp/interp-escape-canary'
routes = [
    lambda: open(path, 'w').write('x'),
    lambda: __import__('io').open(path, 'w').write('x'),
    lambda: __import__('pathlib').Path(path).write_text('x'),
    lambda: __import__('os').system('touch ' + path),
    lambda: __import__('codecs').open(path, 'w').write('x'),
    lambda: __import__('sys').modules['os'].system('touch ' + path),
    lambda: print('x', file=__import__('sys').__stdout__.__class__(path)),
    lambda: (lambda: 0).__globals__['__builtins__']['open'](path, 'w'),
]
for route in routes:
    try:
        route()
    except Exception as e:
        print(type(e).__name__)
