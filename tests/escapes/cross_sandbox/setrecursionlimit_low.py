# kind 1: lowering the recursion limit in one sandbox (a process-wide setting on the host)
import sys
sys.setrecursionlimit(60)
print(sys.getrecursionlimit())
