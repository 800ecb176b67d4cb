class S(str):
    def __format__(self, spec):
        return "formatted"

    def __str__(self):
        return "str of S"


class E(Exception):
    def __str__(self):
        return S("hello")


raise E()
