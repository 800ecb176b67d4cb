class E(Exception):
    __notes__ = ["from the class"]


raise E("x")
