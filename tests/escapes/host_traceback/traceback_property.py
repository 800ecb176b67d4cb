# kind 2: __traceback__ as a class property on the exception
class E(Exception):
    @property
    def __traceback__(self):
        return 'tb'
    @__traceback__.setter
    def __traceback__(self, v):
        raise RuntimeError
raise E('x')
