# kind 2: __str__ returning a str subclass whose own methods raise or lie
class S(str):
    def __str__(self):
        raise ValueError
    def __len__(self):
        return -1
    def __add__(self, other):
        raise ValueError
    def splitlines(self, *a):
        raise ValueError
    def __format__(self, spec):
        raise ValueError
class E(Exception):
    def __str__(self):
        return S('text')
raise E()
