import datetime

dt = datetime.datetime(2024, 3, 10, 14, 30, 15, 250000)
print(dt, repr(dt), dt.date(), dt.time(), dt.timestamp() if dt.tzinfo else "naive")
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.strftime("%H:%M:%S.%f %p %I"))
print(dt + datetime.timedelta(hours=12), dt - datetime.timedelta(weeks=1, microseconds=1))
print(datetime.datetime.fromisoformat("2020-01-02T03:04:05"), datetime.datetime(2022, 6, 5, 7, 8).weekday())
print(datetime.datetime.combine(datetime.date(2000, 1, 1), datetime.time(12)), dt.replace(year=2000, microsecond=0))
print((datetime.datetime(2024, 1, 1) - dt).total_seconds(), dt > datetime.datetime(2024, 1, 1))
print(dt.weekday(), dt.isocalendar()[1], dt.toordinal(), dt.ctime())
