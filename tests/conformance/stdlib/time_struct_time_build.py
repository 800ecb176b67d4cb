# Building struct_time values by hand and converting between them: calendar.timegm as
# the inverse of gmtime, asctime of a built tuple, and the constructor's checks.
import calendar
import time

fields = (2021, 7, 4, 12, 30, 45, 6, 185, 0)
st = time.struct_time(fields)
print(st)
print(st.tm_year, st.tm_wday, st.tm_yday, st.tm_zone, st.tm_gmtoff)
print(time.asctime(st), calendar.timegm(st))
print(time.gmtime(calendar.timegm(st))[:6] == fields[:6])

for stamp in (0, 1, 59, 3600, 86400 * 366, 1_111_111_111, 1_999_999_999):
    back = calendar.timegm(time.gmtime(stamp))
    print(stamp, back == stamp)

full = time.struct_time(fields + ("UTC", 0))
print(full.tm_zone, full.tm_gmtoff, len(full))
withdict = time.struct_time(fields, {"tm_zone": "XYZ"})
print(withdict.tm_zone, withdict.tm_gmtoff)

for bad in [(1, 2, 3), tuple(range(12)), 42, "abcdefghi"]:
    try:
        print(time.struct_time(bad))
    except TypeError:
        print("TypeError", type(bad).__name__, len(bad) if hasattr(bad, "__len__") else "-")

day = time.struct_time((2024, 3, 10, 0, 0, 0, 0, 0, -1))
print(time.strftime("%Y-%m-%d", day), day.tm_isdst)
print(sorted([time.gmtime(300), time.gmtime(100), time.gmtime(200)])[0].tm_min)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.struct_time(fields)[:3] + (0,))
