print(__name__)
print(globals()["__name__"])
g = globals()
print("__main__" == g.get("__name__"))
def report():
    return {"name": __name__, "in_globals": "report" in globals()}
print(report())
exec("print('exec sees', __name__)")
exec("print('exec own globals', __name__)", {"__name__": "custom"})
print(eval("__name__"))
class K:
    where = __name__
print(K.where, K.__module__)
