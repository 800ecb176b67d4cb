# kind 2: __notes__ as a class property that raises
class E(Exception):
    @property
    def __notes__(self):
        raise RuntimeError('notes')
raise E('x')
