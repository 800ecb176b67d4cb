# doctest.run_docstring_examples: one object's examples with the globals given, quiet
# and verbose, under a name of the caller's; and a doctest of a plain string.
import contextlib
import doctest
import io
import re

TAX = 0.2


def with_tax(price):
    """
    >>> with_tax(100)
    120.0
    >>> round(with_tax(9.99), 2)
    11.99
    >>> TAX
    0.2
    """
    return price * (1 + TAX)


doctest.run_docstring_examples(with_tax, globals())
doctest.run_docstring_examples(with_tax, globals(), verbose=True, name="tax")
doctest.run_docstring_examples(with_tax, {"with_tax": with_tax, "TAX": 0.5}, name="other_globals")


def normalized(*args, **kwargs):
    """The report of an unexpected exception names doctest.py's own path and line."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        doctest.run_docstring_examples(*args, **kwargs)
    print(re.sub(r'File ".*doctest\.py", line \d+, in \S+', "File <doctest.py>", buffer.getvalue()), end="")


normalized(with_tax, {}, name="empty_globals")


class Thing:
    pass


Thing.__doc__ = """
>>> 2 ** 10
1024
>>> 'abc'.upper()
'ABC'
>>> sorted({3, 1, 2})
[1, 2, 3]
>>> 10 // 3
4
"""
doctest.run_docstring_examples(Thing, {}, name="Thing")
doctest.run_docstring_examples(Thing, {}, True, "Thing_verbose", optionflags=doctest.REPORT_NDIFF)
