# kind 2: KeyError formats its key with repr(): a key whose __repr__ raises
class K:
    def __repr__(self):
        raise ValueError('no repr')
    def __hash__(self):
        return 1
{}[K()]
