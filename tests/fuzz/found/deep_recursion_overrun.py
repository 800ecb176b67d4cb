# Found by the fuzzer (the bomb "sys.setrecursionlimit(10 ** 9); def rec(k): return
# rec(k + 1)"), minimised by hand.
#
# Deep sandbox recursion becomes very slow past about 10,000 frames, and the timeout is
# not enforced meanwhile: with Limits(timeout=0.5) and the default max_depth (20,000),
# the fuzz program ran 7 s of compute on an idle core (20+ s on a loaded one, so the
# fuzzer's 20 s watchdog called it a hang). Measured with Limits(timeout=60): recursion
# to depth 8,000 and back takes 0.05 s; to depth 12,000 and back, 267 s of compute
# (stats.compute_time), 4x past the 60 s budget, that is the run is not stopped.
#
# Expected (contract): `timeout` ends the run within about its budget.
# The fuzz tests run with max_depth=3000 so that this bomb costs a fraction of a second.
import sys

sys.setrecursionlimit(100000)


def rec(k):
    if k == 0:
        return 0
    return rec(k - 1)


rec(12000)
