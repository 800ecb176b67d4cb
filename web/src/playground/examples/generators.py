# Generators

import itertools


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take_while_below(limit, numbers):
    for n in numbers:
        if n >= limit:
            return
        yield n


print("Fibonacci below 100:", list(take_while_below(100, fibonacci())))

evens = (n for n in fibonacci() if n % 2 == 0)
print("first five even ones:", list(itertools.islice(evens, 5)))


def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


averager = running_average()
next(averager)
for value in [10, 20, 60]:
    print(f"sent {value:2}, average now {averager.send(value)}")


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


list(flatten([1, [2, [3, 4]], [[5]], 6]))
