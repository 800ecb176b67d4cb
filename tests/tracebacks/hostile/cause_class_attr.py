class E(Exception):
    __cause__ = 5
    __context__ = "abc"
    __suppress_context__ = "yes"


try:
    raise KeyError(1)
except KeyError:
    raise E("x")
