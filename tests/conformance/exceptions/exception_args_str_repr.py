for e in [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("key"),
          KeyError(), IndexError(3), Exception(None), RuntimeError("")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(e, e.args)
print(str(StopIteration(5)), StopIteration(5).value)
print(repr(ZeroDivisionError("division by zero")))
try:
    1 / 0
except ZeroDivisionError as e:
    print(str(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(str(e), e.args)
