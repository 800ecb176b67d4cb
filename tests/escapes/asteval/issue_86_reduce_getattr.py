# asteval #86: print.__reduce__() gave getattr and the interpreter instance
for f in (print, len, input, dir):
    try:
        r = f.__reduce__()
    except Exception as e:
        print(type(e).__name__)
        continue
    if isinstance(r, tuple) and len(r) > 1:
        g = r[0]
        if g is getattr or 'getattr' in repr(g):
            x = r[1][0]
            print('ESCAPED' if type(x).__name__ not in ('module',) else 'module', type(x))
