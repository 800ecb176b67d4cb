# A program that raises the recursion limit gets the depth it asked for (CPython's
# default limit is 1000, and RecursionError past it).
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("default limit:", type(e).__name__, e)

sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(2000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit(), depth(500))
