import reprlib

aRepr = reprlib.aRepr
print(aRepr.maxlist, aRepr.maxdict, aRepr.maxstring, aRepr.maxlong, aRepr.maxother)
print(reprlib.repr(frozenset(range(30))), reprlib.repr(b"x" * 40))
print(reprlib.repr(object) [:6])
print(reprlib.repr(2 ** 200))
r = reprlib.Repr()
r.maxlong = 10
print(r.repr(2 ** 100), r.repr(-(10 ** 30)))
print(reprlib.repr(range(1000)))
