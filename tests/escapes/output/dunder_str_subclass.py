# kind 5: __str__ returning a str subclass with a lying __len__
class S(str):
    def __len__(self):
        return 0
class X:
    def __str__(self):
        return S('y' * 10_000_000)
print(X(), X(), sep='')
