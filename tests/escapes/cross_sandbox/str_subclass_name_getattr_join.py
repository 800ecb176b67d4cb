# kind 1: a str subclass whose __eq__/__hash__ lie, passed as an attribute name to getattr, to poison the look-up caches for 'join' (asteval #32 technique)
class Probe:
    pass
class S(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __hash__(self):
        return hash('join')
for text in ('zz_missing', 'join', '__class__'):
    n = S(text)
    for attempt in range(3):
        try:
            getattr(str, n)
        except Exception as e:
            pass
print(getattr(str, 'join', 'missing'))
