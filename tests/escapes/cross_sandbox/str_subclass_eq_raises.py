# kind 1: an attribute name whose __eq__ raises, inside the runtime's caches
class S(str):
    def __eq__(self, other):
        raise RuntimeError('eq')
    def __hash__(self):
        return hash('real')
for obj in (1, int, 1.5, 'x', [], type):
    try:
        getattr(obj, S('real'))
    except Exception as e:
        pass
print(getattr(1, 'real'))
