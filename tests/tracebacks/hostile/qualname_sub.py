class S(str):
    def __str__(self):
        return "S.__str__"


class E(Exception):
    pass


E.__qualname__ = S("Q")
E.__name__ = S("N")
raise E("x")
