def safe_int(s):
    try:
        return int(s)
    except ValueError:
        return None
raw = ["1", "x", "3", "", "5"]
print([safe_int(s) for s in raw])
print([v for v in (safe_int(s) for s in raw) if v is not None])
try:
    print([int(s) for s in raw])
except ValueError:
    print("ValueError escaped comprehension")
try:
    {k: 1 / k for k in range(-1, 2)}
except ZeroDivisionError:
    print("ZeroDivisionError in dict comp")
r = [1 / x for x in [1, 2, 0]]
