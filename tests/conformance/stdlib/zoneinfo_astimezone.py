# Conversions between zones: half-hour and 45-minute offsets, Lord Howe's 30-minute DST,
# Samoa's skipped day, and ordering of aware datetimes from different zones.
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

keys = [
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "Pacific/Apia",
    "America/Los_Angeles",
]
zones = {}
for key in keys:
    try:
        zones[key] = ZoneInfo(key)
    except ZoneInfoNotFoundError:
        print("no data for", key)

moment = datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc)
for key, z in zones.items():
    local = moment.astimezone(z)
    print(f"{key:22} {local.isoformat()} {local.tzname()} {local.dst()}")

if "Australia/Lord_Howe" in zones:
    lh = zones["Australia/Lord_Howe"]
    for month in (1, 4, 7, 10):
        d = datetime(2024, month, 10, tzinfo=lh)
        print(month, d.utcoffset(), d.dst(), d.tzname())

if "Pacific/Apia" in zones:
    apia = zones["Pacific/Apia"]
    # 2011-12-30 did not happen in Samoa.
    for hours in (0, 12, 24, 36):
        u = datetime(2011, 12, 29, 9, 0, tzinfo=timezone.utc) + timedelta(hours=hours)
        print(u.astimezone(apia).isoformat())

if len(zones) == len(keys):
    tokyo, la = zones["Asia/Tokyo"], zones["America/Los_Angeles"]
    a = datetime(2024, 6, 1, 9, 0, tzinfo=tokyo)
    b = datetime(2024, 5, 31, 17, 0, tzinfo=la)
    print(a == b, a - b, sorted([b, a, moment])[0] is moment)
    print(a.astimezone(la), b.astimezone(tokyo), hash(a) == hash(b))
    print(datetime.fromtimestamp(1_700_000_000, zones["Asia/Kathmandu"]))
