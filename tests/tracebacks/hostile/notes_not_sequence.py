class R:
    def __repr__(self):
        raise ValueError


e = ValueError("v")
e.__notes__ = R()
raise e
