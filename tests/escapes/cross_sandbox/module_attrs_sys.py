# kind 1: rebinding sys attributes (maxsize, version_info, stdout, getrecursionlimit)
import sys
for name, value in [('maxsize', 1), ('version_info', (2, 7)), ('getrecursionlimit', lambda: 5), ('stdout', None), ('stderr', None),
                    ('excepthook', None), ('argv', ['x']), ('path', ['/']), ('modules', {}), ('platform', 'x')]:
    try:
        setattr(sys, name, value)
    except Exception as e:
        print(name, type(e).__name__)
