# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to setattr_user, to poison the look-up caches for '__eq__' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('__eq__')
for text in ('zz_missing', '__eq__', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            setattr(Probe(), n, 1)
        except Exception as e:
            pass
print(getattr(Probe(), '__eq__', 'missing'))
