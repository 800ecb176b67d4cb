# Found by the fuzzer (seed 3986932215, programs 48979-48999: every program after the
# one that did this in the same sandbox); minimised by hand.
#
# A global whose key is not a string makes the Sandbox.globals property raise a host
# AttributeError ("'int' object has no attribute 'startswith'", from
# interp/host/sandbox.py's name.startswith("__")). Related: Sandbox.globals also raises
# RecursionError for a deeply nested value (deep_nesting_breaks_run_and_globals.py) and
# MemoryError for a huge one (extend_self_escapes_limits.py).
#
# Expected (contract): .globals skips what it cannot copy out and never raises.
globals()[1] = 2
