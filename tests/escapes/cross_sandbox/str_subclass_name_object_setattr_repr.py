# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to object_setattr, to poison the look-up caches for '__repr__' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('__repr__')
for text in ('zz_missing', '__repr__', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            object.__setattr__(int, n, None)
        except Exception as e:
            pass
print(getattr(int, '__repr__', 'missing'))
