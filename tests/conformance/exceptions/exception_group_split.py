eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
m2, r2 = eg.split(lambda e: isinstance(e, Exception) and e.args == (2,))
print(repr(m2), r2 is not None)
print(eg.subgroup(KeyError))
print(eg.subgroup(OSError))
print(len(eg.exceptions), eg.message, str(eg))
beg = BaseExceptionGroup("b", [ValueError()])
print(type(beg).__name__, isinstance(beg, Exception))
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
