# kind jail: __globals__ and __closure__ of every stdlib function (host modules inside?)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or '.py' in text and '<' not in text:
        print('ESCAPED', label, text[:200])
import collections, functools, dataclasses, abc, operator, asyncio
for m in (collections, functools, dataclasses, abc, operator, asyncio):
    for name in dir(m):
        v = getattr(m, name, None)
        g = getattr(v, '__globals__', None)
        if isinstance(g, dict):
            for k, x in g.items():
                if type(x).__name__ == 'module':
                    leak(m.__name__ + '.' + name + ' -> ' + k, getattr(x, '__file__', ''))
        for cell in getattr(v, '__closure__', None) or ():
            try:
                leak('cell', type(cell.cell_contents))
            except ValueError:
                pass
