import sys
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.values = [3, 1, 2]
        print("setUp", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_sorted(self):
        self.assertEqual(sorted(self.values), [1, 2, 3])

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("x")

    @unittest.skip("not today")
    def test_skipped(self):
        print("never")

    @unittest.skipIf(sys.version_info >= (3,), "always on Python 3")
    def test_skipped_if(self):
        print("never either")


if __name__ == "__main__":
    unittest.main(exit=False)
    print("after main")
    unittest.main()
