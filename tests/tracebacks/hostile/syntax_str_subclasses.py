class S(str):
    def __str__(self):
        return "S.__str__"


e = SyntaxError(S("msg"), (S("f.py"), 2, 3, S("some text")))
raise e
