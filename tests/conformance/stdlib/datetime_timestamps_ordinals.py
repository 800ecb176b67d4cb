import datetime as dt

UTC = dt.timezone.utc
for ts in [0, 1, 86399.5, 1_700_000_000, -86400, 951782400]:
    d = dt.datetime.fromtimestamp(ts, UTC)
    print(ts, d, d.timestamp() == ts)
print(dt.datetime(2024, 1, 1, tzinfo=UTC).timestamp(), dt.date(1970, 1, 1).toordinal(), dt.date.fromordinal(1))
print(dt.date(2024, 3, 15).timetuple()[:8], dt.datetime(2024, 3, 15, 10, 30).timetuple().tm_yday)
print(dt.datetime.fromtimestamp(1e9, dt.timezone(dt.timedelta(hours=2))).isoformat())
print(dt.datetime.utcfromtimestamp(0) if False else dt.datetime.fromtimestamp(0, UTC).replace(tzinfo=None))
print(dt.datetime.combine(dt.date(2024, 1, 2), dt.time(3, 4, tzinfo=UTC)).isoformat())
print(dt.datetime.fromordinal(738000), dt.datetime(2024, 1, 1).toordinal() - dt.date(2023, 1, 1).toordinal())
for bad in [lambda: dt.date.fromordinal(0), lambda: dt.datetime.fromtimestamp(float("nan"), UTC),
            lambda: dt.date.fromtimestamp("x")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as error:
        print(type(error).__name__)  # the pure-Python datetime words its messages differently
