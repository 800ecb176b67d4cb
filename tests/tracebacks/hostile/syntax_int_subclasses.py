class I(int):
    def __index__(self):
        raise ValueError

    def __int__(self):
        raise ValueError


e = SyntaxError("msg", ("f.py", I(2), I(3), "abc def", I(2), I(4)))
raise e
