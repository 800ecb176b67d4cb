class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print("eq", self.name, o.name)
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(len(self.name))
d = {Key("abc"): 1}
print(d[Key("ABC")])
s = {Key("x"), Key("X"), Key("yy")}
print(len(s))
print(Key("q") in {Key("Q")})
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError:
    print("TypeError unhashable")
class KeepHash:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(len({KeepHash(), KeepHash()}))
