# RestrictedPython CVE-2025-22153: try/except* handled differently (type confusion in the exception variable)
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except* ValueError as eg:
    v = eg
    print(type(eg).__name__, [type(e).__name__ for e in eg.exceptions])
except* TypeError as eg:
    t = eg
for cls in (int, print, type(print), ExceptionGroup, BaseException):
    try:
        try:
            raise ExceptionGroup('g', [ValueError()])
        except* cls as e:
            e.__class__.__subclasses__()
    except Exception as err:
        print(type(err).__name__)
