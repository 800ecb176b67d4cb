import datetime as dt


class FixedDST(dt.tzinfo):
    """A toy zone: UTC+1, with an hour of summer time from April to September."""

    def utcoffset(self, d):
        return dt.timedelta(hours=1) + self.dst(d)

    def dst(self, d):
        if d is None or d.replace(tzinfo=None) is None:
            return dt.timedelta(0)
        return dt.timedelta(hours=1) if 4 <= d.month <= 9 else dt.timedelta(0)

    def tzname(self, d):
        return "CEST" if self.dst(d) else "CET"

    def __repr__(self):
        return "FixedDST()"


zone = FixedDST()
for month in (1, 4, 7, 10):
    d = dt.datetime(2024, month, 1, 12, tzinfo=zone)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(dt.timezone.utc))
print(dt.datetime(2024, 6, 1, tzinfo=zone).strftime("%Z %z"), repr(dt.datetime(2024, 6, 1, tzinfo=zone)))
print(dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc).astimezone(zone))
print(dt.time(10, tzinfo=zone).utcoffset(), dt.time(10, tzinfo=zone).tzname())


class Broken(dt.tzinfo):
    def utcoffset(self, d):
        return dt.timedelta(hours=30)


try:
    dt.datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()
except ValueError as error:
    print("ValueError")
