# kind 2: __cause__/__context__ shadowed by class attributes
class E(Exception):
    __cause__ = 5
    __context__ = 'x'
    __suppress_context__ = 'yes'
raise E('x')
