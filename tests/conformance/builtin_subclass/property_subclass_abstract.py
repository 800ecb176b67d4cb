# __isabstractmethod__ of property and of its subclasses, as CPython computes it.
def concrete(self):
    return 1


def marked(self):
    return 2


marked.__isabstractmethod__ = True


class Abstract(property):
    __isabstractmethod__ = True


class Flag:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool asked")
        return self.value


def flagged(self):
    return 3


flagged.__isabstractmethod__ = Flag(True)

print(property(concrete).__isabstractmethod__, property(marked).__isabstractmethod__)
print(property(None, marked).__isabstractmethod__, property(None, None, marked).__isabstractmethod__)
print(property().__isabstractmethod__, Abstract(concrete).__isabstractmethod__)
print(property(flagged).__isabstractmethod__)


class Sub(property):
    pass


print(Sub(marked).__isabstractmethod__, Sub(concrete).__isabstractmethod__)
print(classmethod(marked).__isabstractmethod__, staticmethod(concrete).__isabstractmethod__)
