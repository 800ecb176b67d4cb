class S(str):
    def __str__(self):
        return "S.__str__"


class G(ExceptionGroup):
    def __str__(self):
        return S("group text")


raise G("eg", [ValueError("b")])
