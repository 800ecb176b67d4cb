e = ValueError("v")
e.__notes__ = 42
try:
    raise e
except Exception:
    raise KeyError(1)
