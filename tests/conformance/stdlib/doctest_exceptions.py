# Exceptions in doctest examples: expected tracebacks (with and without detail),
# IGNORE_EXCEPTION_DETAIL, a different exception than expected, and an unexpected one
# (its report has doctest.py's own traceback line, replaced here by a placeholder; the
# examples raise in their own code, as Pyodide's oracle has no source lines for this file).
import contextlib
import doctest
import io
import re


def divide(a, b):
    """Divide.

    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ZeroDivisionError: division by zero
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide("a", 1)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TypeError: something else entirely
    >>> 1 / 0
    Traceback (most recent call last):
    ValueError: not this one
    >>> int("x")
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'y'
    """
    return a / b


def lookup(mapping, key):
    """
    >>> lookup({"a": 1}, "a")
    1
    >>> {}["missing"]
    0
    >>> undefined_name + 1
    2
    >>> raise RuntimeError("multi\\nline message")
    Traceback (most recent call last):
    RuntimeError: multi
    line message
    >>> raise KeyError("k")
    Traceback (most recent call last):
    KeyError: 'k'
    """
    return mapping[key]


def run(**options):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = doctest.testmod(**options)
    text = re.sub(r'File ".*doctest\.py", line \d+, in \S+', "File <doctest.py>", buffer.getvalue())
    print(text, end="")
    print(result)


run()
run(verbose=True)
run(optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
