# kind 1: an attribute name whose hash changes on every call, so that a cache keyed by it holds a stale entry
class S(str):
    count = 0
    def __hash__(self):
        S.count += 1
        return S.count
    def __eq__(self, other):
        return True
for name in ('real', 'upper', 'append', 'copy', '__repr__'):
    for obj in (1, 'a', [], list, str, int):
        try:
            getattr(obj, S(name))
        except AttributeError:
            pass
