# doctest's classes used directly: DocTestParser (examples, their source, want,
# exception messages, line numbers), DocTestFinder, DocTestRunner with an output
# function of the caller's, OutputChecker, summarize, and script_from_examples.
import doctest

TEXT = """
Some prose.

>>> x = 2
>>> x * 21
42
>>> print('a')
... # a comment line
a
>>> def f(n):
...     return n + 1
>>> f(1)
2
>>> raise ValueError("bad")
Traceback (most recent call last):
ValueError: bad
>>> x  # doctest: +ELLIPSIS
3
"""

parser = doctest.DocTestParser()
examples = parser.get_examples(TEXT)
print(len(examples))
for ex in examples:
    print(repr(ex.source), repr(ex.want), ex.lineno, ex.indent, repr(ex.exc_msg), ex.options)
pieces = parser.parse("text\n>>> 1\n1\nmore text\n")
print([type(p).__name__ if not isinstance(p, str) else repr(p) for p in pieces])

test = parser.get_doctest(TEXT, {}, "sample", "sample.txt", 0)
print(test, test.name, test.filename, test.lineno, len(test.examples))
print(repr(test.docstring[:12]))

collected = []
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test, out=collected.append))
print(len(collected))
print("".join(collected))
print(runner.summarize(verbose=True))

checker = doctest.OutputChecker()
print(checker.check_output("1\n", "1\n", 0))
print(checker.check_output("[1, ...]\n", "[1, 2, 3]\n", doctest.ELLIPSIS))
print(checker.check_output("a b\n", "a   b\n", 0))
example = doctest.Example("f()\n", "1\n2\n")
print(checker.output_difference(example, "1\n3\n", doctest.REPORT_UDIFF))

print(doctest.script_from_examples(TEXT))


def documented():
    """
    >>> documented()
    'ok'
    """
    return "ok"


finder = doctest.DocTestFinder()
tests = finder.find(documented, "documented", globs={"documented": documented})
for t in tests:
    print(t.name, len(t.examples), t.examples[0].source.strip())
    print(doctest.DocTestRunner().run(t))
