# asteval #32: an attribute name whose __eq__ lies until a deny-list check has passed, then names __subclasses__
class Sneaky(str):
    calls = 0
    def __eq__(self, other):
        Sneaky.calls += 1
        return Sneaky.calls > 3 and str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)
for real in ('__subclasses__', '__globals__', '__code__', '__builtins__'):
    n = Sneaky('harmless')
    for obj in (object, lambda: 0, type):
        try:
            getattr(obj, n)
        except AttributeError:
            pass
n = Sneaky('__subclasses__')
try:
    getattr(object, n)()
except AttributeError as e:
    print(e)
