class A:
    def f(self):
        return [1, 2

    def g(self):
        pass
