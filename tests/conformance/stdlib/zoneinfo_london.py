# Europe/London: GMT and BST, the all-year BST of 1968-71, double summer time in 1941-45.
from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    london = ZoneInfo("Europe/London")
    print(london, ZoneInfo("GB") is london, ZoneInfo("GB").key)
except ZoneInfoNotFoundError as e:
    print("no data:", type(e).__name__)
    london = None

if london is not None:
    for args in [
        (2023, 1, 15),
        (2023, 7, 15),
        (2023, 3, 26, 0, 59),
        (2023, 3, 26, 2, 0),
        (2023, 10, 29, 1, 30),
        (1969, 1, 1),
        (1970, 12, 31),
        (1972, 1, 1),
        (1944, 6, 6),
        (1944, 1, 1),
        (1900, 1, 1),
        (1847, 1, 1),
    ]:
        d = datetime(*args, tzinfo=london)
        print(d.isoformat(), d.tzname(), d.dst(), d.replace(fold=1).utcoffset())
    # The day of the change, hour by hour in UTC.
    for hour in range(0, 4):
        u = datetime(2023, 10, 29, hour, 30, tzinfo=timezone.utc)
        local = u.astimezone(london)
        print(u.time(), local.isoformat(), local.fold, local.tzname())
    # Round trips of local times with both folds.
    for fold in (0, 1):
        d = datetime(2023, 10, 29, 1, 30, fold=fold, tzinfo=london)
        back = d.astimezone(timezone.utc).astimezone(london)
        print(d.fold, back, back.fold, back == d)
