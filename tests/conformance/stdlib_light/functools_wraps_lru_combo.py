import functools
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@counted
@functools.lru_cache(maxsize=None)
def ways(n):
    """Ways to climb n stairs with 1 or 2 steps."""
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)
print(ways(50), ways.calls, ways.__doc__, ways.__name__)
print(ways.__wrapped__.cache_info().hits > 0)
@functools.lru_cache(maxsize=None)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths.cache_info().currsize)
