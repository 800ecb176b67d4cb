class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev.args)
            self.caught = ev
            return True
        return None
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after", type(s.caught).__name__)
with Suppress(ArithmeticError):
    1 / 0
print("continuing")
with Suppress(TypeError):
    pass
print("no error")
with Suppress(KeyError):
    [][0]
