class N:
    def __str__(self):
        raise KeyError("n")


e = ValueError("v")
e.__notes__ = ["first", N(), "last"]
raise e
