# doctest.DocTestSuite: a module's examples as unittest test cases, run by a
# TextTestRunner writing to sys.stdout; a failing example's report as a unittest failure.
import doctest
import io
import re
import unittest


def ok():
    """
    >>> ok()
    'fine'
    """
    return "fine"


def broken():
    """
    >>> broken()
    2
    """
    return 1


suite = doctest.DocTestSuite()
print(suite.countTestCases())
for case in suite:
    print(case.id(), str(case)[:40], case.shortDescription())
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
text = re.sub(r'File ".*doctest\.py", line \d+, in \S+', "File <doctest.py>", stream.getvalue())
print(re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests", text))
print(result.wasSuccessful(), len(result.failures), result.testsRun)
for test, text in result.failures:
    print(test.id())
    print(text.splitlines()[-6:])
