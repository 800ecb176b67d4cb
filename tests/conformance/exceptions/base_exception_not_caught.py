class Stop(BaseException):
    pass
def f():
    try:
        raise Stop("halt")
    except Exception:
        print("not here")
try:
    f()
except BaseException as e:
    print("BaseException caught", type(e).__name__, e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught separately")
print(issubclass(SystemExit, Exception), issubclass(Stop, Exception))
raise Stop("uncaught base exception")
