# kind frame_views: sys._getframe views from every kind of sandbox frame (function, generator, class body, stdlib module, exec, sort key), walked to the top; every attribute must be a sandbox value
import sys, typing, enum
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'lib/python' in text or 'frame object at' in text:
        print('ESCAPED', label, text[:200])
seen = []
def walk(f):
    while f is not None:
        for name in ('f_code', 'f_lineno', 'f_globals', 'f_locals', 'f_back'):
            leak(name, getattr(f, name))
        c = f.f_code
        for name in ('co_name', 'co_qualname', 'co_filename', 'co_firstlineno', 'co_argcount', 'co_flags'):
            leak(name, getattr(c, name))
        for name in ('f_builtins', 'f_trace', 'f_lasti', 'clear', 'co_code', 'co_consts'):
            try:
                leak(name, getattr(f if name.startswith('f_') or name == 'clear' else c, name))
            except AttributeError:
                pass
        seen.append(c.co_name)
        f = f.f_back
def gen():
    walk(sys._getframe())
    yield 1
class K:
    walk(sys._getframe())
list(gen())
sorted([3, 1, 2], key=lambda x: walk(sys._getframe()) or x)
exec("walk(sys._getframe())")
T = typing.TypeVar("T")
typing.NamedTuple("P", [("x", int)])
enum.Enum("Color", "RED")
try:
    sys._getframe(10**6)
except ValueError:
    pass
for bad in (-1, True, "1", 1.5, None):
    try:
        walk(sys._getframe(bad))
    except (TypeError, ValueError):
        pass
print(sorted(set(seen)))
