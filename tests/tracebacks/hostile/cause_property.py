class E(Exception):
    @property
    def __cause__(self):
        raise RuntimeError("boom")


try:
    raise KeyError(1)
except KeyError:
    raise E("x")
