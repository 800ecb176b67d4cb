import datetime as dt


class BusinessDay(dt.date):
    def next_business_day(self):
        step = {4: 3, 5: 2}.get(self.weekday(), 1)
        return self + dt.timedelta(days=step)

    def __repr__(self):
        return f"BusinessDay({self.isoformat()})"


d = BusinessDay(2024, 3, 15)
n = d.next_business_day()
print(d, repr(d), n, type(n).__name__, isinstance(d, dt.date))
print(type(d.replace(day=1)).__name__, BusinessDay.fromisoformat("2024-01-02"), type(BusinessDay.fromordinal(1)).__name__)


class Stamp(dt.datetime):
    @property
    def quarter(self):
        return (self.month - 1) // 3 + 1


s = Stamp(2024, 8, 1, 12)
print(s, s.quarter, type(s + dt.timedelta(1)).__name__, type(s - s).__name__)
t = dt.datetime(2024, 1, 31, 10, 20, 30, 400)
print(t.replace(month=4, day=30), t.replace(hour=0, minute=0, second=0, microsecond=0), t.replace(tzinfo=dt.timezone.utc).tzinfo)
for kwargs in [{"month": 2}, {"hour": 24}, {"year": 0}]:
    try:
        t.replace(**kwargs)
    except ValueError as error:
        print("ValueError")
print(dt.date.min, dt.date.max, dt.datetime.min, dt.time.min, dt.date.resolution, dt.datetime.resolution)
print(dt.MINYEAR, dt.MAXYEAR, dt.date(2024, 1, 1).__reduce__()[0].__name__)
