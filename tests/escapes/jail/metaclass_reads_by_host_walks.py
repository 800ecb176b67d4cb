# kind jail: a metaclass __getattribute__ that reports reads of a class's __mro__ and __dict__, armed while the host walks the class: dir(), __init_subclass__, super(), a class pattern, an exception's __new__, a Random subclass, the memory accounting's sizes (a load-dependent failure of getattr_static_celltype showed the walk ran it)
import random


armed = []


class Lies(type):
    def __getattribute__(cls, name):
        if armed and name in ("__mro__", "__dict__"):
            print("ESCAPED metaclass __getattribute__ ran", name)
        return type.__getattribute__(cls, name)


class Base(metaclass=Lies):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child " + super().hello()


class Failure(Exception, metaclass=Lies):
    pass


class Dice(random.Random, metaclass=Lies):
    pass


armed.append(1)
try:
    names = dir(Child()) + dir(Child)

    class Grandchild(Child):
        pass

    print(Child().hello(), Grandchild().hello())
    match Child():
        case Base():
            print("matched")
    try:
        raise Failure("boom")
    except Failure as error:
        print("caught", error)
    print(Dice(7).randrange(100) >= 0)
    # Enough instances and time for the memory accounting to walk them.
    keep = []
    for i in range(200000):
        keep.append(Child())
        if len(keep) > 5000:
            keep.clear()
finally:
    armed.clear()
# The harness walks what the program leaves (it reads __mro__ by attribute): nothing of these.
del Lies, Base, Child, Grandchild, Failure, Dice, keep, names
print("done")
