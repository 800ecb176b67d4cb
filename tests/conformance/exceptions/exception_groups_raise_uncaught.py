def task(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    return n
errors = []
results = []
for i in range(5):
    try:
        results.append(task(i))
    except ValueError as e:
        errors.append(e)
print(results, [str(e) for e in errors])
eg = ExceptionGroup("task failures", errors)
print(eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print("handled", len(g.exceptions))
try:
    ExceptionGroup("empty", [])
except ValueError:
    print("ValueError: empty group")
try:
    ExceptionGroup("bad", [1])
except ValueError:
    print("ValueError: not exceptions")
