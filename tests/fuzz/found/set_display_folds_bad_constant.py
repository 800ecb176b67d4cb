# Found by the fuzzer (seed 3986932215, program 63349; reduced with reduce.py, then by
# hand).
#
# A set display of three or more items, one of them `~` of a complex (or float)
# constant, makes Sandbox.run() itself RAISE a host TypeError ("bad operand type for
# unary ~: 'complex'") while the program is compiled (interp/compiler/compile.py,
# through session.compile): the compiler evaluates the constant and does not catch
# the failure. With two items, in a list or tuple, or with `-"s"` instead, the run
# ends cleanly with the TypeError raised in the sandbox at run time, as in CPython.
#
# Expected (contract): run() returns a Result whose error is TypeError (line 12).
x = {1, ~1j, 2}
