"""The sandbox's stand-in for CPython's ``test.support``: only what the suites that
tests/test_cpython_suites.py runs inside the sandbox need (their own imports)."""
