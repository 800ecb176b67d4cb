while True:
    class C:
        def f(self):
            pass
        continue
