class S(str):
    def __str__(self):
        return "S.__str__"


e = ValueError("v")
e.__notes__ = [S("a note"), S("two\nlines")]
raise e
