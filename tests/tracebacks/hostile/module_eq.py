class S(str):
    def __eq__(self, other):
        raise RuntimeError("eq")

    __hash__ = str.__hash__


class E(Exception):
    pass


E.__module__ = S("mod")
raise E("x")
