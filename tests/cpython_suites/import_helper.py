"""test.support.import_helper for suites run inside the sandbox.

import_fresh_module: the sandbox has no C accelerators, so "fresh" modules that are
C code (``_heapq``) cannot be imported: the answer is then None, as CPython's helper
gives when an import fails, and the suites skip their C variants.
"""

import sys


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    for extra in fresh:
        try:
            __import__(extra)
        except ImportError:
            return None
    for extra in blocked:
        sys.modules.pop(extra, None)
    __import__(name)
    return sys.modules[name]
