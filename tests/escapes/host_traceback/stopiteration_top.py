# kind 2: StopIteration escaping the module, and from inside a generator
def g():
    raise StopIteration
    yield
try:
    list(g())
except RuntimeError as e:
    print('ok', e)
raise StopIteration(5)
