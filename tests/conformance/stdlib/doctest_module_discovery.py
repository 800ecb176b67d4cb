"""A module whose docstring has examples.

>>> 6 * 7
42
>>> __name__
'__main__'
"""
# What doctest.testmod finds in __main__: the module docstring, functions, classes,
# methods, static and class methods, properties, nested classes, __test__ entries;
# imported objects are skipped; DocTestFinder lists names and line numbers.
import doctest
from textwrap import dedent  # imported: its docstring is not searched


class Shape:
    """A shape.

    >>> Shape(2).area()
    4
    """

    def __init__(self, side):
        self.side = side

    def area(self):
        """
        >>> Shape(3).area()
        9
        """
        return self.side ** 2

    @property
    def perimeter(self):
        """
        >>> Shape(1).perimeter
        4
        """
        return 4 * self.side

    @staticmethod
    def unit():
        """
        >>> Shape.unit().side
        1
        """
        return Shape(1)

    @classmethod
    def make(cls, side):
        """
        >>> Shape.make(5).area()
        25
        """
        return cls(side)

    class Inner:
        """
        >>> Shape.Inner.__name__
        'Inner'
        """


def _private():
    """
    >>> _private()
    'private'
    """
    return "private"


__test__ = {
    "extra": """
    >>> 'from __test__'
    'from __test__'
    """,
    "more": """
    >>> len(__test__)
    2
    """,
}

finder = doctest.DocTestFinder()
import __main__

for test in finder.find(__main__):
    print(test.name, len(test.examples), test.lineno)
print(doctest.testmod(verbose=True))
print(doctest.testmod(exclude_empty=True))
print(doctest.testmod(extraglobs={"EXTRA": 1}))
print(dedent("  x"))
