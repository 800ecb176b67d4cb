# calendar.TextCalendar and the month-matrix helpers a scheduling script prints: a month
# with Monday or Sunday first, a year row, and the day lists behind them.
import calendar

tc = calendar.TextCalendar()
print(tc.formatmonth(2024, 2))
sunday = calendar.TextCalendar(calendar.SUNDAY)
print(sunday.formatmonth(2023, 12, w=3, l=1))
print(sunday.formatweekheader(2), "|", tc.formatweekheader(3))
print(calendar.month(2000, 1))
print(calendar.monthcalendar(2024, 9))
print(tc.monthdayscalendar(2021, 2)[0], tc.monthdayscalendar(2021, 2)[-1])
print([d.isoformat() for d in tc.itermonthdates(2025, 6)][:3], len(list(tc.itermonthdates(2025, 6))))
print(list(tc.itermonthdays2(2022, 3))[:8])
print(list(sunday.iterweekdays()), list(tc.iterweekdays()))
print(calendar.weekheader(3), calendar.firstweekday())
year = calendar.TextCalendar().formatyear(2023, c=2, m=4)
print(year.splitlines()[0].strip(), len(year.splitlines()))
for line in year.splitlines()[2:11]:
    print(line.rstrip())
print(tc.yeardayscalendar(2024, width=6)[1][0][0])
