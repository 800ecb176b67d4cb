import datetime as dt


def age_on(birthday, day):
    years = day.year - birthday.year - ((day.month, day.day) < (birthday.month, birthday.day))
    return years


def humanize(delta):
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    parts = []
    for name, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{name}")
    return sign + (" ".join(parts) or "0s")


birthday = dt.date(1990, 2, 28)
for day in [dt.date(2024, 2, 27), dt.date(2024, 2, 28), dt.date(2025, 1, 1)]:
    print(day, age_on(birthday, day))
leapling = dt.date(2000, 2, 29)
print(age_on(leapling, dt.date(2023, 2, 28)), age_on(leapling, dt.date(2023, 3, 1)))
for delta in [dt.timedelta(seconds=59), dt.timedelta(hours=26, minutes=3), dt.timedelta(days=-1, seconds=10), dt.timedelta()]:
    print(repr(humanize(delta)))
start = dt.datetime(2024, 3, 9, 22, 15)
end = dt.datetime(2024, 3, 11, 6, 45)
print(end - start, humanize(end - start), (end - start).total_seconds() / 3600)
