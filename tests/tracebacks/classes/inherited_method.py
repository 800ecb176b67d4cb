class Base:
    def run(self):
        return self.step()

    def step(self):
        raise NotImplementedError("subclass must implement step")


class Child(Base):
    pass


Child().run()
