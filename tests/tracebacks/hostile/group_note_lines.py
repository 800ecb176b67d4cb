class N:
    def __str__(self):
        return "n1\nn2"


e = ValueError("v")
e.__notes__ = [N(), "a\nb"]
raise ExceptionGroup("eg", [e])
