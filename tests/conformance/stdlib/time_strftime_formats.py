# time.strftime and time.asctime on fixed time tuples: the report header a script
# writes, with the common directives and the padding rules.
import time

moment = time.gmtime(1_700_000_000)
formats = [
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%y",
    "%A %d %B %Y",
    "%a %b %d",
    "%j day of year, week %U / %W",
    "%I:%M %p",
    "%%literal%% %H%M",
    "%Y%m%dT%H%M%SZ",
    "%w",
    "",
]
for fmt in formats:
    print(repr(fmt), "->", repr(time.strftime(fmt, moment)))

print(time.asctime(moment))
print(time.asctime(time.gmtime(0)))
print(time.asctime((2024, 2, 29, 7, 5, 3, 3, 60, 0)))

for stamp in (0, 951_868_800, 1_234_567_890, 2_000_000_000):
    st = time.gmtime(stamp)
    print(stamp, time.strftime("%Y-%m-%d %a", st), time.strftime("%H:%M:%S", st))

table = [("build", 1_600_000_000), ("deploy", 1_600_003_661), ("rollback", 1_600_090_000)]
for name, stamp in table:
    print(f"{name:<9}{time.strftime('%b %d %H:%M', time.gmtime(stamp))}")

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        print(time.strftime("%Y-%m-%d", bad))
    except ValueError:
        print("ValueError", bad[:4])
for bad in [(2024, 1, 1), "2024", None]:
    try:
        time.asctime(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
