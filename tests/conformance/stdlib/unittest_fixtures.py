import io
import re
import unittest

events = []


def setUpModule():
    events.append("setUpModule")


def tearDownModule():
    events.append("tearDownModule")


class Base(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append(f"setUpClass {cls.__name__}")

    @classmethod
    def tearDownClass(cls):
        events.append(f"tearDownClass {cls.__name__}")

    def setUp(self):
        events.append(f"setUp {self._testMethodName}")
        self.addCleanup(events.append, f"cleanup {self._testMethodName}")

    def tearDown(self):
        events.append(f"tearDown {self._testMethodName}")

    def test_one(self):
        events.append("test_one")

    def test_two(self):
        events.append("test_two")
        self.skipTest("skipped inside")


class Broken(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        events.append("never")


suite = unittest.TestSuite()
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Base))
suite.addTest(Broken("test_never"))
suite.addTest(unittest.FunctionTestCase(lambda: events.append("function test")))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=1).run(suite)
print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
for event in events:
    print(event)
print(result.skipped[0][1], [type(t).__name__ for t, _ in result.errors])
