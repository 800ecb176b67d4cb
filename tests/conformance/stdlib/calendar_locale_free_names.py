# Day and month names, the Day/Month iteration helpers and setfirstweekday, used to build
# a plain-text weekly planner; setfirstweekday's check for a bad value.
import calendar

print(list(calendar.day_name), calendar.day_name[-1], len(calendar.day_abbr))
print(list(calendar.month_abbr)[1:], calendar.month_name[-1])
print(calendar.day_name[0:7:2], calendar.month_name[1:13:3])

calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
rows = calendar.monthcalendar(2024, 6)
print(len(rows), rows[0], rows[-1])
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.firstweekday(), calendar.weekheader(9))


def planner(year, month, tasks):
    lines = [f"{calendar.month_name[month]} {year}"]
    for week in calendar.Calendar().monthdatescalendar(year, month):
        for day in week:
            if day.month == month and day.day in tasks:
                lines.append(f"  {calendar.day_abbr[day.weekday()]} {day.day:2}: {tasks[day.day]}")
    return "\n".join(lines)


print(planner(2024, 7, {1: "plan", 4: "holiday", 15: "report", 31: "close"}))
weeks = calendar.Calendar(calendar.WEDNESDAY).monthdays2calendar(2024, 7)
print(len(weeks), weeks[0][:3])
for bad in (7, -1, 10):
    try:
        calendar.setfirstweekday(bad)
        print("accepted", bad)
    except calendar.IllegalWeekdayError as exc:
        print("IllegalWeekdayError", exc)
print(calendar.firstweekday())
