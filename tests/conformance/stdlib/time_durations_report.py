# A job log summarised with the time module on fixed epoch seconds: durations shown as
# H:MM:SS through gmtime/strftime, per-day grouping, and a bad record at the end.
import time

jobs = [
    ("fetch", 1_700_000_000, 1_700_000_095),
    ("parse", 1_700_000_100, 1_700_003_800),
    ("train", 1_700_003_900, 1_700_090_100),
    ("report", 1_700_090_200, 1_700_090_201),
]


def hms(seconds):
    if seconds >= 86400:
        return f"{seconds // 86400}d " + time.strftime("%H:%M:%S", time.gmtime(seconds % 86400))
    return time.strftime("%H:%M:%S", time.gmtime(seconds))


by_day = {}
for name, start, end in jobs:
    day = time.strftime("%Y-%m-%d", time.gmtime(start))
    by_day.setdefault(day, []).append(name)
    began = time.strftime("%H:%M", time.gmtime(start))
    print(f"{name:<7} {day} {began} took {hms(end - start)}")
for day, names in sorted(by_day.items()):
    print(day, time.strftime("%A", time.strptime(day, "%Y-%m-%d")), names)

total = sum(end - start for _, start, end in jobs)
print("total", total, hms(total))
longest = max(jobs, key=lambda job: job[2] - job[1])
print("longest", longest[0], time.gmtime(longest[2]).tm_yday - time.gmtime(longest[1]).tm_yday, "day(s)")

week = {}
for _name, start, _ in jobs:
    iso_week = time.strftime("%Y-W%W", time.gmtime(start))
    week[iso_week] = week.get(iso_week, 0) + 1
print(week)

record = ("broken", "yesterday", 1_700_100_000)
print("record", record[0])
time.gmtime(record[1])
