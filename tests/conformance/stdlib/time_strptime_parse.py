# time.strptime on fixed strings: a log parser reading timestamps in several layouts,
# then the errors for text that does not match.
import calendar
import time

lines = [
    ("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"),
    ("14/Nov/2023:08:01:02", "%d/%b/%Y:%H:%M:%S"),
    ("Tuesday 5 March 2024", "%A %d %B %Y"),
    ("07:45 PM", "%I:%M %p"),
    ("2024-060", "%Y-%j"),
    ("99", "%y"),
    ("1 2 03", "%d %m %y"),
]
for text, fmt in lines:
    st = time.strptime(text, fmt)
    print(text, "->", st[:6], st.tm_wday, st.tm_yday, st.tm_isdst)

st = time.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S")
print(type(st).__name__, calendar.timegm(st))
print(time.strftime("%d %b %Y", time.strptime("2000-02-29", "%Y-%m-%d")))
print(time.strptime("Thu Jan  1 00:00:00 1970") == time.gmtime(0)[:8] + (-1,))

errors = [
    ("2023-13-01", "%Y-%m-%d"),
    ("2023-02-30", "%Y-%m-%d"),
    ("12:00", "%H:%M:%S"),
    ("12:00:00 extra", "%H:%M:%S"),
    ("abc", "%Y"),
]
for text, fmt in errors:
    try:
        time.strptime(text, fmt)
        print("parsed", text)
    except ValueError:
        print("ValueError", text)
for args in [(2023, "%Y"), ("2023", 5), ()]:
    try:
        time.strptime(*args)
    except TypeError:
        print("TypeError", len(args))
