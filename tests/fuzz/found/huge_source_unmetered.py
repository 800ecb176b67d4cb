# Found by the fuzzer (the bomb "exec('x = 1\n' * 100000)").
#
# Parsing and compiling source given to exec()/eval()/compile() is not metered: with
# Limits(timeout=0.5) this program runs to its end ("ok") after 4.6 s (idle core) to 9.3 s
# (loaded) of stats.compute_time, 9-18x its time budget. A bigger string costs proportionally more (the memory limit
# bounds the string, not the time to parse it).
#
# The same for deeply nested sources, which end in RecursionError, but late: with the
# same limits, eval("-" * 100000 + "1") took 2.8 s of compute, eval("1+" * 100000 + "1")
# 5.6 s (a loaded machine). One fuzz program with three such calls (seed 3986932215,
# program 51519) was ended by `timeout` only after 58 s of compute_time.
#
# Expected (contract): the `timeout` limit ends the run within about its budget.
exec("x = 1\n" * 100000)
