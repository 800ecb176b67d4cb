# kind jail: reaching host objects or host paths through zoneinfo: the native _tzdata's functions, ZoneInfo's class and instances, _tzpath's state, error messages
import zoneinfo
from zoneinfo import ZoneInfo, _tzpath

import _tzdata

found = []


def look(label, obj):
    for name in (
        "__self__",
        "__globals__",
        "__closure__",
        "__code__",
        "__func__",
        "__wrapped__",
        "__module__",
        "__dict__",
        "__class__",
        "__call__",
        "__reduce__",
        "__reduce_ex__",
        "fn",
        "_fn",
        "host",
    ):
        try:
            value = getattr(obj, name)
        except Exception:
            continue
        text = repr(value)
        found.append(text)
        print(label, name, type(value).__name__)


look("read", _tzdata.read)
look("zones", _tzdata.zones)
look("module", _tzdata)
print(sorted(k for k in vars(_tzdata) if not k.startswith("__")))
try:
    z = ZoneInfo("America/New_York")
    look("zone", z)
    print(z.__reduce__())
    found.append(repr(vars(z)))
except zoneinfo.ZoneInfoNotFoundError as e:
    print("no data", type(e).__name__)
look("class", ZoneInfo)
found.append(repr(vars(_tzpath)))
found.append(repr(zoneinfo.TZPATH))
for bad in ("Nowhere/Nothing", "America"):
    try:
        ZoneInfo(bad)
    except Exception as e:
        found.append(repr(e.args) + repr(e.__context__) + repr(e.__cause__))
try:
    _tzpath._open_zone("/usr/share/zoneinfo/Nowhere", "rb")
except OSError as e:
    found.append(repr((e.errno, e.strerror, e.filename)))
zones = _tzdata.zones()
print(type(zones).__name__, all(type(k) is str for k in zones))
try:
    zones.append("x")
except Exception as e:
    print(type(e).__name__)
text = " ".join(found)
for secret in ("/root", "pyenv", "site-packages", "/etc/localtime", "realpath", "interp/stdlib"):
    if secret in text:
        print("ESCAPED", secret)
print(len(found) > 5)
