# kind 1: a class namespace keyed by a lying str subclass (cached plans for user classes keyed by name)
class S(str):
    def __eq__(self, other):
        return True
    def __hash__(self):
        return hash('__repr__')
class A:
    pass
setattr(A, S('anything'), lambda self: 'hacked')
A.__dict__
print(repr(A()), repr(1), repr([]))
