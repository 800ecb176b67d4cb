class S(str):
    def __str__(self):
        return "S.__str__"


class E(Exception):
    pass


E.__module__ = S("mod")
raise E("x")
