class S(str):
    def __str__(self):
        raise ValueError


raise ValueError(S("abc"))
