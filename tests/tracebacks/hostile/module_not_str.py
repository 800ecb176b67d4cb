class E(Exception):
    pass


E.__module__ = 42
raise E("x")
