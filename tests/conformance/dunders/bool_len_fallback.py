class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class Neither:
    pass
print(bool(L0()), bool(L3()), bool(Neither()))
print("yes" if L3() else "no", "yes" if L0() else "no")
print([type(x).__name__ for x in [L0(), L3(), Neither()] if x])
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
while L0():
    print("never")
print(not L0(), L0() or "alt", L3() and "and-val")
