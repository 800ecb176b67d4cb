import io
import re
import unittest


class Numbers(unittest.TestCase):
    def test_even(self):
        for n in range(6):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_named(self):
        for word in ["apple", "Banana", "cherry"]:
            with self.subTest(word, length=len(word)):
                self.assertTrue(word.islower(), f"{word!r} is not lower case")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Numbers)
)
print(re.sub(r"in \d+\.\d+s", "in TIME", stream.getvalue()))
print(result.testsRun, len(result.failures), result.wasSuccessful())
