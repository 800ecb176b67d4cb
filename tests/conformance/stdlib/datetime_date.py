import datetime

d = datetime.date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.isocalendar().week)
print(d + datetime.timedelta(days=1), d + datetime.timedelta(days=2), d - datetime.date(2023, 12, 25))
print(d.replace(day=1), d.toordinal(), datetime.date.fromordinal(738000), d.strftime("%Y/%m/%d %A %b %j"))
print(datetime.date.fromisoformat("2021-07-04"), d.isoformat(), d.ctime())
print(datetime.date(2024, 1, 1) < d, max(d, datetime.date(2025, 1, 1)), datetime.date.min, datetime.date.max)
try:
    datetime.date(2023, 2, 29)
except ValueError as error:
    print("ValueError")
