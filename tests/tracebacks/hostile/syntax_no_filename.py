class S(str):
    def __str__(self):
        return "S.__str__"


e = SyntaxError(S("msg"), (None, 2, 3, S("    some text\n"), 2, 5))
raise e
