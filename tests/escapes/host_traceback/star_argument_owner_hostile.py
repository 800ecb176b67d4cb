# kind 2/5: the "f() argument after * must be an iterable" message names the callable (CPython's _PyObject_FunctionStr): a callable whose __qualname__ look-up, __module__ or repr is hostile (raises, loops, returns a non-str) must stay sandbox code under the meter, never hand a host object back
class Loud:
    def __call__(self, *args):
        return args

    def __getattr__(self, name):
        if name == "__module__":
            return Loud()  # a module that is not a str
        raise KeyError(name)  # not an AttributeError: must propagate as the sandbox's


class Slow:
    def __call__(self, *args):
        return args

    def __repr__(self):
        while True:
            pass


for attempt in (lambda: Loud()(*5), lambda: Loud()(**5)):
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
Slow()(*5)
