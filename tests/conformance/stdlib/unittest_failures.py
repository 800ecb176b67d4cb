import io
import re
import unittest


class Failing(unittest.TestCase):
    def test_equal_lists(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}["missing"]

    def test_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_multiline(self):
        self.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_message(self):
        self.assertTrue(0, "zero is falsy")

    def test_ok(self):
        self.assertIsNone(None)

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Failing))
print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
print(result.testsRun, len(result.failures), len(result.errors), len(result.expectedFailures),
      len(result.unexpectedSuccesses), result.wasSuccessful())
for test, text in result.failures:
    print(test.id(), text.splitlines()[-1])
