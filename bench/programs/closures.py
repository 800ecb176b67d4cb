"""Closures and decorators: memoization, counters, wrappers with *args/**kwargs.

Decorators with and without arguments, functools.wraps, nonlocal counters, closures
capturing loop state, partial application, and a small event-hook registry.
"""

import functools

ROUNDS = 700


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result

    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper


def counted(func):
    calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return func(*args, **kwargs)

    wrapper.calls = lambda: calls
    return wrapper


def clamp(low, high):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return max(low, min(high, func(*args, **kwargs)))

        return wrapper

    return decorator


def logged(log):
    def decorator(func):
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            if len(log) < 50:
                log.append(f"{func.__name__}{args}{sorted(kwargs.items())} -> {result}")
            return result

        return wrapper

    return decorator


def make_counter(start=0, step=1):
    value = start

    def increment():
        nonlocal value
        value += step
        return value

    def reset():
        nonlocal value
        value = start

    return increment, reset


def make_accumulators(n):
    return [lambda x, k=k: x * k + 1 for k in range(n)]


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x

    return composed


class Hooks:
    def __init__(self):
        self.handlers = {}

    def on(self, event):
        def register(func):
            self.handlers.setdefault(event, []).append(func)
            return func

        return register

    def emit(self, event, *args, **kwargs):
        return [handler(*args, **kwargs) for handler in self.handlers.get(event, [])]


LOG = []


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@counted
@clamp(-1000, 1000)
def score(a, b, *, bonus=0, scale=1):
    return (a * 7 - b * 3 + bonus) * scale


@logged(LOG)
@counted
def describe(name, *values, sep=", ", **options):
    return name + ":" + sep.join(str(v) for v in values) + "".join(sorted(options))


hooks = Hooks()


@hooks.on("tick")
def double(x, offset=0):
    return 2 * x + offset


@hooks.on("tick")
def square(x, offset=0):
    return x * x - offset


@hooks.on("tock")
def negate(x, **_):
    return -x


total = 0
increment, reset = make_counter(10, 3)
accumulators = make_accumulators(8)
pipeline = compose(*accumulators[:4])
add_five = functools.partial(score, bonus=5)
for r in range(ROUNDS):
    partitions.cache.clear()
    total += partitions(25 + r % 10, 25 + r % 10) % 10_007
    for i in range(60):
        total += score(i, r % 50, bonus=i % 3, scale=1 + i % 2)
        total += add_five(r % 11, i)
        total += sum(hooks.emit("tick", i, offset=r % 5)) + sum(hooks.emit("tock", i))
        total += pipeline(i % 9) % 997
        if i % 10 == 0:
            total += len(describe("row", r, i, i * r, sep="/", flag=True))
    if increment() > 200:
        reset()
    total %= 1_000_000_007

print(LOG[0])
print(LOG[-1])
print(score.__name__, score.calls(), describe.__name__, partitions.__name__, partitions.hits)
print("checksum", total, increment(), [f(3) for f in accumulators])
