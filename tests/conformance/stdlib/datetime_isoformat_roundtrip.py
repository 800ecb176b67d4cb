import datetime as dt

values = [
    dt.date(2024, 2, 29),
    dt.time(1, 2, 3),
    dt.time(1, 2, 3, 400),
    dt.datetime(2024, 2, 29, 23, 59, 59, 999999),
    dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
    dt.datetime(2024, 1, 1, 5, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
    dt.time(8, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3))),
]
for v in values:
    text = v.isoformat()
    back = type(v).fromisoformat(text)
    print(text, back == v, repr(back))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.datetime(2024, 5, 6, 7, 8, 9, 123456).isoformat(timespec=spec), dt.time(7, 8).isoformat(spec))
print(dt.datetime(2024, 5, 6).isoformat("_"), str(dt.datetime(2024, 5, 6, 1)))
for bad in ["2024-1-5", "20240105", "2024-01-05T25:00", "nope", "2024-01-05 10:00:00+24:00"]:
    try:
        print(bad, dt.datetime.fromisoformat(bad))
    except ValueError as error:
        print("ValueError", bad)
try:
    dt.datetime(2024, 1, 1).isoformat(timespec="days")
except ValueError as error:
    print("ValueError")
print(dt.date.fromisocalendar(2024, 1, 1), tuple(dt.date(2024, 12, 31).isocalendar()), dt.date(2024, 12, 31).isocalendar().week)
