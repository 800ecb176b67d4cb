class Base:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Base):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Bad(Base):
    pass
print(Sq(4).area())
try:
    Bad().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(NotImplemented is not NotImplementedError, repr(NotImplemented))
try:
    Bad().area()
except Exception as e:
    print("caught", type(e).__name__)
