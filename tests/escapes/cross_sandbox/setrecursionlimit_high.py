# kind 1: raising the recursion limit past the ceiling in one sandbox
import sys
try:
    sys.setrecursionlimit(10 ** 9)
except Exception as e:
    print(type(e).__name__)
sys.setrecursionlimit(30000)
print(sys.getrecursionlimit())
