# time.gmtime of fixed timestamps: struct_time fields, indexing, tuple behaviour and
# the day-of-week / day-of-year arithmetic a log analyser relies on.
import time

epoch = time.gmtime(0)
print(epoch)
print(tuple(epoch), len(epoch), epoch[0], epoch[-1])
print(epoch.tm_year, epoch.tm_mon, epoch.tm_mday, epoch.tm_wday, epoch.tm_yday, epoch.tm_isdst)
print(epoch.tm_zone, epoch.tm_gmtoff, epoch.n_fields, epoch.n_sequence_fields)

stamps = [86399, 86400, 951782400, 1_000_000_000, 1_700_000_000, 4_102_444_800, -1]
for stamp in stamps:
    st = time.gmtime(stamp)
    print(stamp, st[:6], "wday", st.tm_wday, "yday", st.tm_yday)

st = time.gmtime(1_234_567_890.75)
print(st.tm_sec, st.tm_min, st.tm_hour, st[3:6], st[::3])
year, month, day, *rest = st
print(year, month, day, rest)
print(st == tuple(st), isinstance(st, tuple), type(st).__name__)
print(time.gmtime(0) < time.gmtime(1), max(time.gmtime(5), time.gmtime(99)).tm_sec)

match time.gmtime(86400 * 365):
    case time.struct_time(tm_year=year, tm_yday=yday):
        print("matched", year, yday)

for bad in ["0", None, [1]]:
    try:
        time.gmtime(bad)
        print("accepted", repr(bad))
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    time.gmtime(float("nan"))
except ValueError:
    print("ValueError nan")
try:
    epoch.tm_year = 2000
except AttributeError:
    print("AttributeError: read-only field")
