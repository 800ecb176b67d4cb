def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("from zero") from e


errs = []
try:
    f()
except ValueError as e:
    errs.append(e)
raise ExceptionGroup("chained", errs)
