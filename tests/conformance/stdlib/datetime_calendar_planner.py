import calendar
import datetime as dt


def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n < len(days) else None


holidays = {
    "Thanksgiving": nth_weekday(2024, 11, calendar.THURSDAY, 3),
    "Memorial Day": nth_weekday(2024, 5, calendar.MONDAY, -1),
    "Labor Day": nth_weekday(2024, 9, calendar.MONDAY, 0),
}
for name, day in sorted(holidays.items(), key=lambda kv: kv[1]):
    print(f"{name:13} {day:%a %d %b}", (day - dt.date(2024, 1, 1)).days)
print(calendar.HTMLCalendar().formatmonth(2024, 2).count("<td"))
counts = {calendar.month_name[m]: sum(1 for week in calendar.monthcalendar(2024, m) if week[calendar.FRIDAY]) for m in range(1, 13)}
print({k: v for k, v in counts.items() if v == 5})
thirteenths = [dt.date(2024, m, 13) for m in range(1, 13) if dt.date(2024, m, 13).weekday() == calendar.FRIDAY]
print(thirteenths)
