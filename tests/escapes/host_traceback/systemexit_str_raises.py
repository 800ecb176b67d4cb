# kind 2: SystemExit whose code's __str__ raises
class C:
    def __str__(self):
        raise ValueError
    def __repr__(self):
        raise ValueError
raise SystemExit(C())
