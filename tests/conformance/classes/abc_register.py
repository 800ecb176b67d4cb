from abc import ABCMeta, abstractmethod
class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        pass
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable and any("draw" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Pic:
    def draw(self):
        return "pic"
class Text:
    pass
print(issubclass(Pic, Drawable), isinstance(Pic(), Drawable), isinstance(Text(), Drawable))
class Sequenceish(metaclass=ABCMeta):
    pass
Sequenceish.register(tuple)
print(isinstance((1,), Sequenceish), isinstance([1], Sequenceish), issubclass(tuple, Sequenceish))
@Sequenceish.register
class Mine:
    pass
print(issubclass(Mine, Sequenceish), Mine.__name__)
