# ZoneInfo for fixed-offset zones: UTC, Etc/GMT+N (POSIX sign: behind UTC), caching.
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(key):
    try:
        return ZoneInfo(key)
    except ZoneInfoNotFoundError as e:
        print("no data:", type(e).__name__, isinstance(e, KeyError))
        return None


utc = zone("UTC")
if utc is not None:
    print(repr(utc), str(utc), utc.key)
    print(utc is ZoneInfo("UTC"), ZoneInfo.no_cache("UTC") is utc, ZoneInfo.no_cache("UTC") == utc)
    dt = datetime(2024, 2, 29, 12, 30, tzinfo=utc)
    print(dt, dt.utcoffset(), dt.dst(), dt.tzname(), dt.isoformat())
    print(dt.timestamp(), datetime.fromtimestamp(0, utc))
    print(dt == dt.replace(tzinfo=timezone.utc), dt.astimezone(timezone(timedelta(hours=2))))
    print(utc.utcoffset(None), utc.dst(None), utc.tzname(None))
    print(time(8, 15, tzinfo=utc).utcoffset(), time(8, 15, tzinfo=utc).tzname())

for key in ("Etc/GMT+5", "Etc/GMT-14", "Etc/UTC", "Etc/Zulu", "GMT"):
    z = zone(key)
    if z is None:
        continue
    d = datetime(2000, 1, 1, tzinfo=z)
    print(key, d.utcoffset(), d.tzname(), d.dst(), z.utcoffset(None), d.astimezone(timezone.utc))

ZoneInfo.clear_cache()
ZoneInfo.clear_cache(only_keys=["UTC", "Nowhere"])
again = zone("UTC")
print(again is None or again.key == "UTC")
