# kind 2: __cause__/__context__ as properties that raise
class E(Exception):
    @property
    def __cause__(self):
        raise RuntimeError('cause')
    @property
    def __context__(self):
        raise RuntimeError('context')
try:
    1 / 0
except ZeroDivisionError:
    raise E('x')
