import datetime as dt


def daterange(start, stop, step=dt.timedelta(days=1)):
    current = start
    while current < stop:
        yield current
        current += step


days = list(daterange(dt.date(2024, 2, 26), dt.date(2024, 3, 4)))
print([d.isoformat() for d in days])
print([d.strftime("%a") for d in days if d.weekday() < 5])
weeks = list(daterange(dt.date(2024, 1, 1), dt.date(2024, 3, 1), dt.timedelta(weeks=2)))
print(weeks)


def add_months(d, n):
    month = d.month - 1 + n
    year = d.year + month // 12
    month = month % 12 + 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return d.replace(year=year, month=month, day=min(d.day, last))


print([add_months(dt.date(2024, 1, 31), n).isoformat() for n in range(-2, 6)])
workdays = sum(1 for d in daterange(dt.date(2024, 1, 1), dt.date(2025, 1, 1)) if d.weekday() < 5)
print(workdays)
slots = list(daterange(dt.datetime(2024, 5, 1, 9), dt.datetime(2024, 5, 1, 11), dt.timedelta(minutes=25)))
print([s.strftime("%H:%M") for s in slots])
