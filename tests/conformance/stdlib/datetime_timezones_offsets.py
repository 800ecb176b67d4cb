import datetime as dt

UTC = dt.timezone.utc
zones = {
    "Tokyo": dt.timezone(dt.timedelta(hours=9), "JST"),
    "Delhi": dt.timezone(dt.timedelta(hours=5, minutes=30)),
    "New York": dt.timezone(dt.timedelta(hours=-5), "EST"),
    "Nepal": dt.timezone(dt.timedelta(hours=5, minutes=45)),
}
meeting = dt.datetime(2024, 3, 15, 14, 0, tzinfo=UTC)
for city, tz in zones.items():
    local = meeting.astimezone(tz)
    print(f"{city:9} {local:%Y-%m-%d %H:%M} {local.tzname()} {local.utcoffset()} {local.strftime('%z')}")
print(repr(UTC), str(UTC), UTC.tzname(None), dt.timezone(dt.timedelta(0)) == UTC, dt.timezone.min, dt.timezone.max)
a = dt.datetime(2024, 1, 1, 12, tzinfo=zones["Tokyo"])
b = dt.datetime(2024, 1, 1, 3, tzinfo=UTC)
print(a == b, a - b, hash(a) == hash(b), a.utctimetuple()[:6])
naive = dt.datetime(2024, 1, 1, 12)
print(naive.replace(tzinfo=UTC), naive.replace(tzinfo=UTC).timestamp(), naive.tzinfo, naive.utcoffset())
for bad in [lambda: dt.timezone(dt.timedelta(hours=24)), lambda: dt.timezone(5), lambda: naive - b, lambda: dt.timezone(dt.timedelta(seconds=1.5))]:
    try:
        print(bad())
    except (ValueError, TypeError) as error:
        print(type(error).__name__)  # the pure-Python datetime words its messages differently
