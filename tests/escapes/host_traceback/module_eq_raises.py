# kind 2: an exception class whose __module__ is an object whose __eq__ raises
class M:
    def __eq__(self, other):
        raise RuntimeError('eq')
    def __hash__(self):
        raise RuntimeError('hash')
    def __str__(self):
        raise RuntimeError('str')
class E(Exception):
    pass
E.__module__ = M()
raise E('x')
