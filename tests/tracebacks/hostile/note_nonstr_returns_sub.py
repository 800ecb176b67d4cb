class S(str):
    def __str__(self):
        return "S.__str__"


class N:
    def __str__(self):
        return S("n\nm")


e = ValueError("v")
e.__notes__ = [N()]
raise e
