# Keys that are not zone names: paths out of the tz directory, absolute, unnormalized,
# empty, with NUL, not str; and reset_tzpath's checks.
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

keys = [
    "../etc/passwd",
    "../../../../etc/passwd",
    "/etc/passwd",
    "/usr/share/zoneinfo/UTC",
    "",
    ".",
    "..",
    "America/../UTC",
    "America/",
    "America//New_York",
    "./UTC",
    "UTC\x00",
    "America/New_York\x00.txt",
    "America",
    "Nowhere/Special",
    "zone.tab",
    "utc/",
    "right/../UTC",
    "\u00e9t\u00e9",
    "Europe/Lon don",
]
for key in keys:
    for make in (ZoneInfo, ZoneInfo.no_cache):
        try:
            z = make(key)
            print(repr(key), "loaded", z.key == key)
        except ZoneInfoNotFoundError as e:
            print(repr(key), "ZoneInfoNotFoundError", isinstance(e, KeyError))
        except ValueError as e:
            print(repr(key), "ValueError", e)
for key in (5, None, b"UTC", ["UTC"], 3.5):
    try:
        ZoneInfo(key)
    except Exception as e:
        print(repr(key), type(e).__name__)

for to in ("/usr/share/zoneinfo", b"/x", ["relative/path"], ["/ok", "also/relative"]):
    try:
        zoneinfo.reset_tzpath(to)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).splitlines())
zoneinfo.reset_tzpath(["/x/y", "/z"])
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath()
print(type(zoneinfo.TZPATH).__name__)
