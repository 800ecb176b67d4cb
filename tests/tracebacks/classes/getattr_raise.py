class Lazy:
    def __getattr__(self, name):
        raise AttributeError(f"no field {name!r}")


Lazy().size
