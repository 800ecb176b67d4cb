# Failing doctest examples: the report text (file, line, name, Expected/Got), examples
# with no output expected, several failures in one docstring, and the final summary.
import doctest


def average(values):
    """Mean of the values.

    >>> average([1, 2, 3])
    2
    >>> average([1, 2])
    1.5
    >>> average([10])
    10.0
    """
    return sum(values) / len(values)


def shout(text):
    """Upper-case text.

    >>> shout("hi")
    'HI!'
    >>> shout("ok")
    >>> print(shout("a"), shout("b"))
    A B
    """
    return text.upper()


def fine():
    """
    >>> 1 + 1
    2
    """


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.add(); c.add()
    >>> c.count
    3
    """

    def __init__(self):
        self.count = 0

    def add(self):
        """
        >>> Counter().add()
        1
        """
        self.count += 1


print(doctest.testmod())
print(doctest.testmod(verbose=True))
print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
print(doctest.testmod(optionflags=doctest.FAIL_FAST))
