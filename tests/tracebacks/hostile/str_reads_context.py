class E(Exception):
    def __str__(self):
        return f"context is {self.__context__!r}"


try:
    raise KeyError("k")
except KeyError:
    raise E()
