# RestrictedPython _getiter_/_iter_unpack_sequence_: unpacking host iterables and iterators of runtime internals
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
import sys
a, *b = iter(vars(sys).items())
(x, y), *z = dict(a=1).items()
for k, v in vars(type(print)).items() if hasattr(vars(type(print)), 'items') else []:
    leak(k, v)
[*map(leak, ['m'] * 3, dir(print))]
