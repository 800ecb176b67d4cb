class P:
    @property
    def value(self):
        return self.value


P().value
