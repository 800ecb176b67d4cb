# America/New_York: DST transitions, the repeated hour (fold) and the skipped hour.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    ny = ZoneInfo("America/New_York")
except ZoneInfoNotFoundError as e:
    print("no data:", type(e).__name__)
    ny = None


def show(dt):
    print(dt.isoformat(), dt.fold, dt.utcoffset(), dt.dst(), dt.tzname())


if ny is not None:
    # Fall back: 01:00-02:00 happens twice on 2021-11-07.
    for fold in (0, 1):
        show(datetime(2021, 11, 7, 1, 30, fold=fold, tzinfo=ny))
    # Spring forward: 02:00-03:00 does not exist on 2021-03-14.
    for fold in (0, 1):
        show(datetime(2021, 3, 14, 2, 30, fold=fold, tzinfo=ny))
    # UTC instants across the fall-back hour, converted: fold tells them apart.
    start = datetime(2021, 11, 7, 4, 0, tzinfo=timezone.utc)
    for minutes in range(0, 181, 30):
        local = (start + timedelta(minutes=minutes)).astimezone(ny)
        show(local)
    # Across the spring-forward gap.
    start = datetime(2021, 3, 14, 6, 0, tzinfo=timezone.utc)
    for minutes in range(0, 121, 30):
        show((start + timedelta(minutes=minutes)).astimezone(ny))
    # Far future (the TZ string rule), and history (EST/EDT rules of 1967, LMT).
    for year in (2038, 2100, 1967, 1883, 1800):
        show(datetime(year, 7, 1, 12, tzinfo=ny))
        show(datetime(year, 1, 1, 12, tzinfo=ny))
    # Wall-clock arithmetic keeps the tzinfo: the elapsed time is not 24 h.
    a = datetime(2021, 11, 6, 12, tzinfo=ny)
    b = a + timedelta(days=1)
    print(b, b - a, b.astimezone(timezone.utc) - a.astimezone(timezone.utc))
    print(datetime(2021, 11, 7, 1, 30, tzinfo=ny) == datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=ny))
