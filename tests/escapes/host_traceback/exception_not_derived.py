# kind 2: raising things that are not exceptions (classes with lying metaclasses, instances, strings)
class M(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        return True
class Fake(metaclass=M):
    pass
for thing in (Fake, Fake(), 'text', 5, type):
    try:
        raise thing
    except TypeError as e:
        print(e)
raise Fake
