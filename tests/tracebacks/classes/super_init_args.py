class Base:
    def __init__(self, a):
        self.a = a


class Child(Base):
    def __init__(self):
        super().__init__(1, 2)


Child()
