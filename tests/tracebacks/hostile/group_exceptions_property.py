class G(ExceptionGroup):
    @property
    def exceptions(self):
        raise RuntimeError("no members")


raise G("eg", [ValueError("a"), KeyError("b")])
