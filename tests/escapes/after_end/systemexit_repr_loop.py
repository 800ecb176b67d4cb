# kind 6: SystemExit whose code's __repr__ never returns, caught by nothing
class C:
    def __repr__(self):
        while True:
            pass
raise SystemExit(C())
