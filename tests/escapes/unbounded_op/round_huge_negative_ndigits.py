# kind 3: round() of an int to a huge negative number of digits: CPython computes 10 ** 10**40 first (found by the fuzzer, seed 20261206, program 84271)
print(round(0, -6557065355548114075175766147215388644548))
print(round(2**70, -10**9), round(True, -10**12))
