import warnings

registry = {}
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 7, module="virtual", registry=registry)
    warnings.warn_explicit("explicit", UserWarning, "virtual.py", 7, module="virtual", registry=registry)
    warnings.warn_explicit(SyntaxWarning("bad syntax"), None, "virtual.py", 9)
for w in caught:
    print(w.filename, w.lineno, w.category.__name__, w.message)
print(sorted(str(key) for key in registry))


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("base", UserWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(MyWarning, Warning), [c.__name__ for c in MyWarning.__mro__])


def deep():
    warnings.warn("from deep", stacklevel=3)


def middle():
    deep()


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    middle()
print(caught[0].lineno, caught[0].message)
