import bisect

print(bisect.bisect([1, 2, 3], 2, lo=1, hi=2))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as error:
    print("ValueError", error)
bisect.bisect([1, "a"], 2)
