import datetime

utc = datetime.timezone.utc
est = datetime.timezone(datetime.timedelta(hours=-5), "EST")
dt = datetime.datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(dt, dt.astimezone(est), dt.astimezone(est).tzname(), dt.utcoffset(), est.utcoffset(None))
print(dt.timestamp(), datetime.datetime.fromtimestamp(0, utc), datetime.datetime.fromtimestamp(86400 * 365.25, est))
print(dt == dt.astimezone(est), dt.isoformat(), datetime.datetime.fromisoformat("2024-06-01T07:00:00-05:00"))
print(repr(est), str(datetime.timezone(datetime.timedelta(hours=5, minutes=30))), dt.strftime("%z %Z"))
try:
    datetime.datetime(2024, 1, 1) < dt
except TypeError as error:
    print("TypeError")
