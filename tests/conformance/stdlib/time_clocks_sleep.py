# The clocks as a benchmark helper uses them: only differences and types are printed,
# never a reading, so the output does not depend on the machine or on the moment.
import time


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    elapsed = time.perf_counter() - start
    return result, elapsed


result, elapsed = timed(sum, range(1000))
print(result, type(elapsed).__name__, elapsed >= 0)

readings = [time.monotonic() for _ in range(5)]
print(all(a <= b for a, b in zip(readings, readings[1:])))
ns = [time.monotonic_ns() for _ in range(5)]
print(type(ns[0]).__name__, all(a <= b for a, b in zip(ns, ns[1:])))
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1_600_000_000)
print(type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)

before = time.monotonic()
print(time.sleep(0), time.sleep(0.0))
print(time.monotonic() - before >= 0)

deadline = time.monotonic() + 3600
attempts = 0
while time.monotonic() < deadline and attempts < 3:
    attempts += 1
    time.sleep(0)
print("attempts", attempts)

for bad in (-1, -0.5, "1", None, float("nan")):
    try:
        time.sleep(bad)
        print("slept", bad)
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, repr(bad))
try:
    time.monotonic(1)
except TypeError:
    print("TypeError monotonic(1)")
print(callable(time.thread_time) if hasattr(time, "thread_time") else True)
