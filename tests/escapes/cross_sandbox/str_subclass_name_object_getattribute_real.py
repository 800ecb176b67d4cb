# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to object_getattribute, to poison the look-up caches for 'real' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('real')
for text in ('zz_missing', 'real', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            object.__getattribute__(1, n)
        except Exception as e:
            pass
print(getattr(1, 'real', 'missing'))
