# available_timezones(): a set of keys; common zones are in it, special files are not.
import zoneinfo
from zoneinfo import ZoneInfo, available_timezones

zones = available_timezones()
print(type(zones).__name__, all(type(k) is str for k in zones))
print(len(zones) == 0 or len(zones) > 300)
for key in ["UTC", "America/New_York", "Europe/London", "Asia/Tokyo", "Etc/GMT+5"]:
    print(key, key in zones or len(zones) == 0)
for key in ["posixrules", "zone.tab", "tzdata.zi", "iso3166.tab", "leapseconds"]:
    print(key, key in zones)
print(any(k.startswith(("right/", "posix/", "/")) or ".." in k for k in zones))
# Every listed key loads (a sample, in a fixed order).
sample = sorted(zones)[::60]
for key in sample:
    z = ZoneInfo(key)
    print(z.key == key, type(z).__name__)
print(available_timezones() == zones, available_timezones() is not zones)
print(sorted(zoneinfo.__all__))
print(
    issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError),
    issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning),
)
