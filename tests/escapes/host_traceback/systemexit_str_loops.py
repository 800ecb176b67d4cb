# kind 6: SystemExit whose code's str() never returns
class C:
    def __str__(self):
        while True:
            pass
    __repr__ = __str__
raise SystemExit(C())
