# Found by the fuzzer (seed 2707908672, program 183: the bomb "for _ in range(100000):
# n = (n, n)" cut short by the timeout; then Sandbox.globals); minimised by hand.
#
# A deeply nested value (here 5,000 lists deep; 1,000 is enough on the default host
# recursion limit) is copied out of the sandbox by a recursive host function
# (interp/host/values.py, _copy):
# - as the program's last expression, it makes Sandbox.run() itself RAISE a host
#   RecursionError ("maximum recursion depth exceeded in comparison") with a host
#   traceback through interp/host/sandbox.py and values.py -- run() must never raise;
# - as a global, it makes the Sandbox.globals property raise the same RecursionError
#   (after any run that left it there, even one ended by a limit).
#
# Expected (contract): run() returns a Result (the value's repr, or a sandbox error),
# and .globals skips what it cannot copy, as it does for other non-data values.
c = []
for _ in range(5000):
    c = [c]
c  # noqa: B018  (the last expression: its value is copied out)
