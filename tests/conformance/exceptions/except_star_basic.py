def raise_group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    raise ExceptionGroup("g", [KeyError("k")])
except* LookupError as eg:
    print("lookup", eg.message, repr(eg.exceptions[0]))
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, eg.exceptions)
print("done")
