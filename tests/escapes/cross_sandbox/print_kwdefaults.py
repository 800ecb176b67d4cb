# kind 1: changing the defaults of builtin functions shared by every sandbox
for f in (print, sorted, max, int.to_bytes, str.split):
    for name in ('__defaults__', '__kwdefaults__', '__text_signature__', '__doc__', '__module__'):
        try:
            value = getattr(f, name)
            if isinstance(value, dict):
                value['sep'] = 'X'
            setattr(f, name, None)
        except Exception as e:
            pass
