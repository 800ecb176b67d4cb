# Decorators and closures

import time
from functools import wraps


def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        ms = (time.perf_counter() - start) * 1000
        print(f"{fn.__name__}{args} took {ms:.1f} ms")
        return result

    return wrapper


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


@timed
def primes_below(n):
    sieve = [True] * n
    sieve[0:2] = [False, False]
    for i in range(2, int(n**0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = [False] * len(sieve[i * i :: i])
    return [i for i, is_prime in enumerate(sieve) if is_prime]


print(primes_below(60))
tick = counter()
print(tick(), tick(), tick())
print(primes_below.__name__, primes_below.__wrapped__)
