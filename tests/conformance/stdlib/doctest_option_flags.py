# doctest option flags, as directives in the examples and as testmod's optionflags:
# ELLIPSIS, NORMALIZE_WHITESPACE, SKIP, DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE
# and <BLANKLINE>, and the diff reports (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF).
import doctest


def numbers():
    """
    >>> list(range(30))  # doctest: +ELLIPSIS
    [0, 1, 2, ..., 29]
    >>> print(list(range(12)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3,
     4, 5, 6, 7,
     8, 9, 10, 11]
    >>> print("a   b")  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> object()  # doctest: +ELLIPSIS
    <object object at 0x...>
    >>> 1/0  # doctest: +SKIP
    this is never run
    >>> True
    1
    >>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> print("no ellipsis here ...")  # doctest: -ELLIPSIS
    no ellipsis ...
    """


def lines():
    """
    >>> for word in "one two three four".split(): print(word)
    one
    two
    three
    for
    >>> print("alpha\\nbeta\\ngamma")
    alpha
    BETA
    gamma
    """


for name, flags in [
    ("none", 0),
    ("ELLIPSIS", doctest.ELLIPSIS),
    ("UDIFF", doctest.REPORT_UDIFF),
    ("CDIFF", doctest.REPORT_CDIFF),
    ("NDIFF", doctest.REPORT_NDIFF),
]:
    print("==", name)
    print(doctest.testmod(optionflags=flags))
print(sorted(doctest.OPTIONFLAGS_BY_NAME)[:5], len(doctest.OPTIONFLAGS_BY_NAME) > 10)
print(doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, doctest.register_optionflag("MY_FLAG") > 0)
