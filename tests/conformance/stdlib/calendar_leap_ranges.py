# Leap years and month lengths with calendar.isleap/leapdays/monthrange/weekday, as a
# billing script would use them, and the errors for months and days out of range.
import calendar

years = [1900, 2000, 2023, 2024, 2100, 2400, 1, 9999]
print([(year, calendar.isleap(year)) for year in years])
print(calendar.leapdays(1900, 2000), calendar.leapdays(2000, 2000), calendar.leapdays(2024, 2001))

for year, month in [(2024, 2), (2023, 2), (2023, 12), (1999, 4), (2000, 1)]:
    first, days = calendar.monthrange(year, month)
    print(year, month, calendar.day_name[first], days)


def billing_day(year, month, day):
    return min(day, calendar.monthrange(year, month)[1])


print([billing_day(2023, m, 31) for m in range(1, 13)])
print([int(calendar.weekday(2024, 1, d)) for d in range(1, 8)])
print(list(calendar.day_abbr), list(calendar.month_name)[1:4], calendar.month_abbr[12])
print(calendar.MONDAY, calendar.SUNDAY, len(calendar.month_name), calendar.month_name[0] == "")

fridays = [d for d in range(1, 32) if d <= calendar.monthrange(2024, 5)[1] and calendar.weekday(2024, 5, d) == calendar.FRIDAY]
print("Fridays in May 2024:", fridays)
thirteenths = [(y, m) for y in (2023, 2024) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY]
print(thirteenths)

for args in [(2024, 13), (2024, 0)]:
    try:
        calendar.monthrange(*args)
    except calendar.IllegalMonthError as exc:
        print("IllegalMonthError", exc, isinstance(exc, ValueError))
try:
    calendar.weekday(2024, 2, 30)
except ValueError:
    print("ValueError day out of range")
try:
    calendar.TextCalendar().formatmonth(2024, 14)
except (ValueError, IndexError):
    print("formatmonth refused month 14")
print("invoice month", 13)
calendar.monthrange(2024, 13)
