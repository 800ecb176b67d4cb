class BaseErr(Exception):
    pass
class NetErr(BaseErr):
    pass
class Timeout(NetErr, TimeoutError):
    pass
for exc in [BaseErr("b"), NetErr("n"), Timeout("t"), TimeoutError("os")]:
    try:
        raise exc
    except NetErr as e:
        print("NetErr handler", type(e).__name__)
    except BaseErr as e:
        print("BaseErr handler", type(e).__name__)
    except OSError as e:
        print("OSError handler", type(e).__name__)
print([k.__name__ for k in Timeout.__mro__])
