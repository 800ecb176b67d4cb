# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to getattr, to poison the look-up caches for 'upper' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('upper')
for text in ('zz_missing', 'upper', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            getattr('abc', n)
        except Exception as e:
            pass
print(getattr('abc', 'upper', 'missing'))
