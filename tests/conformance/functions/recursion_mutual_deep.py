def collatz_len(n, memo={1: 1}):
    if n in memo:
        return memo[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    memo[n] = 1 + collatz_len(nxt)
    return memo[n]
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    return binary_search(a, x, mid + 1, hi) if a[mid] < x else binary_search(a, x, lo, mid)
arr = list(range(0, 100, 3))
print([binary_search(arr, v) for v in (0, 33, 34, 99)])
