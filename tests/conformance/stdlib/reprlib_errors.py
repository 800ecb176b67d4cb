import reprlib


class Broken:
    def __repr__(self):
        raise ValueError("no repr")


print(reprlib.repr([1]))
print(reprlib.repr(Broken()).split(" at 0x")[0])
print(reprlib.repr(Broken) [:7])
reprlib.recursive_repr()(Broken.__repr__)(Broken())
