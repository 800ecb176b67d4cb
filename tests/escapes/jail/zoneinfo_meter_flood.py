# kind jail: unbounded host work through _tzdata: listing the zones and reading zones in a loop must stay metered (ends at a limit)
import _tzdata

names = []
n = 0
while True:
    names.extend(_tzdata.zones())
    for key in ("UTC", "America/New_York", "Europe/London", "x" * 200):
        _tzdata.read(key)
    n += 1
