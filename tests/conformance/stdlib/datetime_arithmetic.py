import datetime as dt

start = dt.datetime(2024, 1, 31, 23, 59, 59)
for delta in [dt.timedelta(seconds=1), dt.timedelta(days=29), dt.timedelta(days=-31), dt.timedelta(weeks=52, hours=5)]:
    print(start + delta, start - delta)
a, b = dt.date(2024, 3, 1), dt.date(2023, 3, 1)
print(a - b, (a - b).days, b - a, dt.date(2024, 2, 28) + dt.timedelta(1))
print(dt.datetime(2000, 1, 1) - dt.datetime(1999, 12, 31, 12), dt.datetime(2024, 1, 1) - dt.datetime(2024, 1, 1))
for bad in [lambda: dt.date(2024, 1, 1) + 1, lambda: dt.date(2024, 1, 1) - "x",
            lambda: dt.date.max + dt.timedelta(1), lambda: dt.datetime.min - dt.timedelta(seconds=1),
            lambda: dt.date(2024, 1, 1) < "2024"]:
    try:
        print(bad())
    except (TypeError, OverflowError) as error:
        print(type(error).__name__)  # the pure-Python datetime words its messages differently
print(dt.date(2024, 1, 1) == "2024-01-01", dt.date(2024, 1, 1) != dt.datetime(2024, 1, 1))
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 5, 1), dt.date(2024, 1, 9)]))
print(dt.time(12, 30) > dt.time(9), dt.time(1) == dt.time(1, 0, 0, 0), dt.datetime(2024, 1, 1, 12) > dt.datetime(2024, 1, 1))
