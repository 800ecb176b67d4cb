import calendar
import datetime as dt

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 3))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 2, w=3))
print(calendar.monthcalendar(2024, 9))
print(list(calendar.day_name), list(calendar.month_abbr)[:4])
print(calendar.timegm(dt.datetime(2024, 1, 1, 12).timetuple()))
cal = calendar.Calendar(firstweekday=6)
print([d.day for d in cal.itermonthdates(2024, 6)][:10])
print(list(cal.iterweekdays()), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as error:
    print(type(error).__name__, error)
