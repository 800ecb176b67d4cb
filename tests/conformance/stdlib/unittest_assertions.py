import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


case = Probe()
checks = [
    lambda: case.assertEqual(1, 2),
    lambda: case.assertNotEqual("a", "a"),
    lambda: case.assertIn(5, [1, 2]),
    lambda: case.assertNotIn(1, [1, 2]),
    lambda: case.assertIs(None, False),
    lambda: case.assertIsNot(None, None),
    lambda: case.assertIsInstance(3, str),
    lambda: case.assertGreater(1, 2),
    lambda: case.assertLessEqual(3, 2),
    lambda: case.assertAlmostEqual(1.0, 1.1),
    lambda: case.assertAlmostEqual(1.0, 1.5, delta=0.1),
    lambda: case.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: case.assertSequenceEqual((1, 2), (1, 3)),
    lambda: case.assertTupleEqual((1, 2, 3), (1, 2)),
    lambda: case.assertSetEqual({1, 2}, {2, 3}),
    lambda: case.assertRegex("hello", r"^w"),
    lambda: case.assertNotRegex("hello", r"ell"),
    lambda: case.assertMultiLineEqual("a\nb\n", "a\nc\n"),
    lambda: case.assertEqual({"k": [1, 2]}, {"k": [1, 3]}),
    lambda: case.assertTrue([], "custom message"),
    lambda: case.assertFalse("x"),
    lambda: case.fail("explicit"),
]
for check in checks:
    try:
        check()
    except AssertionError as error:
        print("AssertionError:", error)
    print("-" * 10)
case.longMessage = False
try:
    case.assertEqual(1, 2, "only mine")
except AssertionError as error:
    print(error)
with case.assertRaises(KeyError) as context:
    {}["k"]
print(repr(context.exception))
try:
    with case.assertRaises(KeyError):
        pass
except AssertionError as error:
    print(error)
with case.assertWarns(UserWarning):
    import warnings
    warnings.warn("careful", UserWarning)
print("warned")
