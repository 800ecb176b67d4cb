# kind jail: CPython's doctest in the sandbox: examples that walk the runner, its patched linecache and pdb, its fake stdout and test globals; every object doctest builds or touches is a sandbox value
import doctest, sys, linecache


def leak(label, value):
    text = repr(value)
    if "/interp/" in text or "site-packages" in text or "lib/python" in text or "interp." in text:
        print("ESCAPED", label, text[:200])


def probe():
    """
    >>> import sys, linecache
    >>> f = sys._getframe()
    >>> while f is not None:
    ...     leak('frame', (f.f_code, sorted(f.f_locals)[:8]))
    ...     for v in list(f.f_locals.values()):
    ...         leak('local', v)
    ...     f = f.f_back
    >>> leak('getlines', linecache.getlines)
    >>> leak('stdout', (sys.stdout, type(sys.stdout).__mro__))
    >>> leak('lines', linecache.getlines('/etc/passwd'))
    >>> leak('lines', linecache.getlines('<doctest __main__.probe[0]>'))
    >>> import pdb
    >>> pdb.set_trace()
    Traceback (most recent call last):
    RuntimeError: the sandbox has no debugger
    >>> 1
    1
    """


runner = doctest.DocTestRunner(verbose=False)
for test in doctest.DocTestFinder().find(probe, "probe", globs={"leak": leak}):
    runner.run(test)
    for name, value in vars(test).items():
        leak("test." + name, value)
for name, value in vars(runner).items():
    leak("runner." + name, value)
    if hasattr(value, "__dict__"):
        for key, inner in vars(value).items():
            leak("runner.%s.%s" % (name, key), inner)
print(runner.summarize(verbose=False))
leak("linecache restored", linecache.getlines)
for name in dir(doctest):
    leak("doctest." + name, getattr(doctest, name))
