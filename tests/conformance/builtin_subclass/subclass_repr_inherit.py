class MyList(list):
    pass
class MyDict(dict):
    pass
class MyStr(str):
    pass
class MyInt(int):
    pass
class MyTuple(tuple):
    pass
class MySet(set):
    pass
print(MyList([1]), MyDict(a=1), MyStr("s"), MyInt(3), MyTuple((1,)), MySet())
print(repr(MyStr("q")), repr(MyInt(7)), repr(MySet([1])))
print(MyList() == [], MyDict() == {}, MyTuple() == ())
x = MyList([3, 1, 2])
x.sort()
print(x, type(x).__name__)
print(type(MyInt(1) + MyInt(2)).__name__, type(MyStr("a") + "b").__name__)
print(MyDict(a=1) | MyDict(b=2), type(MyDict(a=1) | {"c": 3}).__name__)
