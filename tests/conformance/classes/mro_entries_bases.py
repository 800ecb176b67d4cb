# Bases that are not classes: __mro_entries__ replaces them, __orig_bases__ keeps them.
class Numbers(list[int]):
    def total(self):
        return sum(self)
print(Numbers.__bases__, Numbers.__orig_bases__, Numbers([1, 2, 3]).total())
print("__orig_bases__" in Numbers.__dict__, isinstance(Numbers(), list))
class Plain:
    pass
print("__orig_bases__" in Plain.__dict__)
class Entry:
    def __init__(self, *classes):
        self.classes = classes
    def __mro_entries__(self, bases):
        print("entries for", len(bases), "bases")
        return self.classes
class Mixed(Entry(dict), Plain, Entry()):
    pass
print(Mixed.__bases__, [type(b).__name__ for b in Mixed.__orig_bases__], Mixed.__mro__)
print(Mixed(a=1))
class Pairs(dict[str, int], Entry(Plain)):
    pass
print(Pairs.__mro__, Pairs.__orig_bases__[0])
class BadEntry:
    def __mro_entries__(self, bases):
        return [int]
try:
    class Broken(BadEntry()):
        pass
except TypeError as e:
    print("TypeError:", e)
class NotAClass:
    pass
class Fails(NotAClass()):
    pass
