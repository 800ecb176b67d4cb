def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        raise LookupError(f"{target!r} not found")
    return i
print(find([5, 6, 7], 7))
try:
    find([1], 9)
except LookupError as e:
    print("LookupError", e)
def retry(fn, times):
    for attempt in range(times):
        try:
            return fn(attempt)
        except ValueError as e:
            print("attempt", attempt, "failed:", e)
    raise RuntimeError("all attempts failed")
print(retry(lambda a: 10 // (a - 0) if a else int("bad"), 3))
try:
    retry(lambda a: int("x"), 2)
except Exception as e:
    print("caught", type(e).__name__)
