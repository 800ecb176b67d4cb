import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("an instance"))
for w in caught:
    print(w.category.__name__, w.message, w.lineno, type(w.message).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as error:
        print("raised:", error)
try:
    warnings.warn("x", category=int)
except TypeError as error:
    print("TypeError:", error)
