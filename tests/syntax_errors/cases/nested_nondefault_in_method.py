class A:
    def f(self, a=1, b):
        pass
