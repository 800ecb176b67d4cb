# An uncaught ValueError from a key that leaves the tz directory.
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

for key in ("UTC", "Mars/Olympus_Mons", "Europe/Paris"):
    try:
        print(ZoneInfo(key).key)
    except ZoneInfoNotFoundError as e:
        print("not found:", key, e)

print("now a key that climbs out of TZPATH")
ZoneInfo("../../etc/shadow")
