class E(Exception):
    def __str__(self):
        raise ValueError("no")


raise ExceptionGroup("eg", [E("a"), ValueError("b")])
