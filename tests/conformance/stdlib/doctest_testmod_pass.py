# doctest.testmod on a module whose examples all pass: quiet and verbose runs, the
# TestResults value, and the summary lines doctest prints in verbose mode.
import doctest


def square(n):
    """Return n squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(5)]
    [0, 1, 4, 9, 16]
    >>> square(-2.5)
    6.25
    """
    return n * n


def greet(name, punctuation="!"):
    """Greet someone.

    >>> greet("Ada")
    'Hello, Ada!'
    >>> print(greet("Bob", "?"))
    Hello, Bob?
    >>> greet("")  # an empty name is still greeted
    'Hello, !'
    """
    return f"Hello, {name}{punctuation}"


def nothing():
    """No examples in this docstring."""


def silent():
    """Statements print nothing; None is not displayed.

    >>> x = 10
    >>> x += 5
    >>> None
    >>> x
    15
    >>> if x > 3:
    ...     print("big")
    ... else:
    ...     print("small")
    big
    """


result = doctest.testmod()
print("quiet:", result)
print(result.failed, result.attempted, type(result).__name__)
print("verbose:", doctest.testmod(verbose=True))
print(doctest.testmod(verbose=False, report=False))
