# The message of an exception whose argument is an int too long for str(): CPython
# prints "<exception str() failed>" (the host's own str() of it raises ValueError).
huge = 1 << 100_000
try:
    raise KeyError(huge)
except KeyError as error:
    print(type(error).__name__, len(error.args))
raise BaseException(~huge, "second")
