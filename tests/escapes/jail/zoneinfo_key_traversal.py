# kind jail: reading host files through zoneinfo keys: "..", absolute paths, NUL, TZPATH pointed elsewhere, a ZoneInfo subclass's _find_tzfile, _zoneinfo's open
import zoneinfo
from zoneinfo import ZoneInfo, _tzpath

import _tzdata


def check(label, data):
    if isinstance(data, (bytes, bytearray)) and data and not data.startswith(b"TZif"):
        print("ESCAPED", label, data[:40])
    print(label, type(data).__name__, len(data) if isinstance(data, (bytes, str)) else data)


keys = [
    "../../../../etc/passwd",
    "/etc/passwd",
    "America/../../../../etc/passwd",
    "..",
    ".",
    "UTC\x00../../etc/passwd",
    ".hidden",
    "UTC/..",
    "~root/.bashrc",
    "UTC\n",
    " UTC",
    "UTC/",
    "tzdata.zi",
    "zone.tab",
    "a" * 100_000,
    "\udcff",
    "America\\..\\..\\etc\\passwd",
]
for key in keys:
    try:
        check(repr(key[:30]), _tzdata.read(key))
    except Exception as e:
        print(repr(key[:30]), type(e).__name__)
    try:
        ZoneInfo.no_cache(key)
    except Exception as e:
        print("ZoneInfo", type(e).__name__)

for path in (
    "/etc/passwd",
    "/usr/share/zoneinfo/../../../etc/passwd",
    "/usr/share/zoneinfo/zone.tab",
    3,
    None,
):
    for opener in (_tzpath._open_zone, zoneinfo._zoneinfo.open if hasattr(zoneinfo, "_zoneinfo") else None):
        if opener is None:
            continue
        try:
            check(repr(path), opener(path, "rb").read())
        except Exception as e:
            print(repr(path), type(e).__name__)

for tzpath in (["/etc"], ["/"], ["/usr/share/zoneinfo/../../../etc"], ["/usr/share/zoneinfo/../.."]):
    zoneinfo.reset_tzpath(tzpath)
    for key in ("passwd", "etc/passwd", "hostname"):
        try:
            print(tzpath, key, ZoneInfo.no_cache(key))
        except Exception as e:
            print(tzpath, key, type(e).__name__)
zoneinfo.reset_tzpath()


class Sneaky(ZoneInfo):
    def _find_tzfile(self, key):
        return "/etc/passwd"


try:
    Sneaky("Europe/Paris")
except Exception as e:
    print("Sneaky", type(e).__name__)
try:
    print(ZoneInfo.from_file(_tzpath._open_zone("/etc/passwd", "rb")))
except Exception as e:
    print("from_file", type(e).__name__)
