class A:
    def method(self):
        return 1 / 0


a = A()
value = a.method() + 1
