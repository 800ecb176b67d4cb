# Found by the fuzzer (seed 2017652670, program 381; minimised by hand).
#
# A call that pauses the program (input(), time.sleep(), a sync capability) inside an
# assignment *target* (a subscript's index or an attribute's object) ends the run with
# a host exception: error.type is "CannotSuspend" and the traceback names the host
# class `interp.runtime.control.CannotSuspend`. CPython runs both lines; the sandbox
# should too (or at least raise a sandbox exception). The same call on the right-hand
# side, or in an expression statement, works.
#
# Expected (contract): the run ends like CPython's (AttributeError on the first line).
# Seen: CannotSuspend: cannot pause here: this code runs inside an operation that must
# complete at once (such as a __hash__, __eq__ or __lt__ called by a dict, set or sort)
import time

x = [0]
x[time.sleep(0) or 0] = 1
time.sleep(0).x = 1
