# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to type_getattribute, to poison the look-up caches for '__name__' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('__name__')
for text in ('zz_missing', '__name__', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            type.__getattribute__(int, n)
        except Exception as e:
            pass
print(getattr(int, '__name__', 'missing'))
