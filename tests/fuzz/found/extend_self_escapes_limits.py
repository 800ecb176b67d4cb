# Found by the fuzzer (seed 3430131075, program 1139: "while True: s.extend(s)" with s a
# list); minimised by hand.
#
# A list or bytearray that extends itself doubles on each iteration without being
# charged to max_memory, and the timeout does not stop it either: with
# Limits(timeout=0.5, max_memory=32 MiB) the list reached 805,306,368 items (6 GiB of
# host memory) before an outside `timeout 60` killed the process. Under a 3 GB address
# space cap it ends with a host MemoryError (reported as a sandbox MemoryError with an
# empty message) after 12-14 s of stats.compute_time and 1.5-2 GiB of host memory.
# `s += s`, `s *= 2`, `s = s + s` and str doubling are caught (MemoryError "cannot
# allocate ... (memory limit ...)") within the budget.
#
# Expected (contract): max_memory (or timeout) ends the run near its budget.
s = [1, 2, 3]
while True:
    s.extend(s)
