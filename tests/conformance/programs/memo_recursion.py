memo = {}
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n) for n in range(1, 20)], partitions(100))
def catalan(n, cache={0: 1}):
    if n not in cache:
        cache[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return cache[n]
print([catalan(i) for i in range(15)])
def grid_paths(r, c, blocked, cache=None):
    cache = {} if cache is None else cache
    if (r, c) in blocked or r < 0 or c < 0:
        return 0
    if r == 0 and c == 0:
        return 1
    if (r, c) not in cache:
        cache[(r, c)] = grid_paths(r - 1, c, blocked, cache) + grid_paths(r, c - 1, blocked, cache)
    return cache[(r, c)]
print(grid_paths(10, 10, set()), grid_paths(10, 10, {(5, 5), (3, 7)}))
def word_break(s, words, memo=None):
    memo = {} if memo is None else memo
    if s == "":
        return [[]]
    if s in memo:
        return memo[s]
    res = [[w] + rest for w in words if s.startswith(w) for rest in word_break(s[len(w):], words, memo)]
    memo[s] = res
    return res
print([" ".join(r) for r in word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"])])
