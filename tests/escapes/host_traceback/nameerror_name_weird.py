# kind 2: NameError and ImportError with odd name/path attributes
e = NameError('x')
e.name = 5
try:
    raise e
except NameError:
    pass
i = ImportError('y', name=None, path=None)
i.name = object()
i.path = ['x']
raise i
