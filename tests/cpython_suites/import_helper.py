"""test.support.import_helper for suites run inside the sandbox.

import_fresh_module imports ``name`` again, with the modules of ``fresh`` imported again
first and those of ``blocked`` made unimportable (a None entry in ``sys.modules``, as
CPython's helper does), and puts every entry it touched back afterwards.  The answer
is None when an import fails, as CPython's gives; the suites then skip that variant.
"""

import sys


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    touched = (name, *fresh, *blocked)
    saved = {key: sys.modules.pop(key) for key in touched if key in sys.modules}
    try:
        for extra in fresh:
            try:
                __import__(extra)
            except ImportError:
                return None
        for extra in blocked:
            sys.modules[extra] = None
        try:
            __import__(name)
        except ImportError:
            return None
        return sys.modules[name]
    finally:
        for key in touched:
            sys.modules.pop(key, None)
        sys.modules.update(saved)
