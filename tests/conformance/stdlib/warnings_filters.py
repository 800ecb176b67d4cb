import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=ResourceWarning)
    warnings.simplefilter("always", UserWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("resource", ResourceWarning)
    except ResourceWarning as error:
        print("error:", error)
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("another")
    print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("per location")
    print(len(caught))
try:
    warnings.simplefilter("bogus")
except AssertionError as error:
    print("AssertionError:", error)
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line of code").rstrip())
