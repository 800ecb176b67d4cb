class E(Exception):
    @property
    def __context__(self):
        return ValueError("fake")

    @property
    def __suppress_context__(self):
        return True


try:
    raise KeyError(1)
except KeyError:
    raise E("x")
