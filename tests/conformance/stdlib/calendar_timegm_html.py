# calendar.timegm as the UTC inverse of time.gmtime, and HTMLCalendar for a web page of
# events, with a subclass that marks the days that have events.
import calendar
import time

for stamp in (0, 1_000_000_000, 1_700_000_000, -86400):
    print(stamp, calendar.timegm(time.gmtime(stamp)) == stamp)
print(calendar.timegm((2024, 2, 29, 12, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.timegm((2023, 1, 32, 0, 0, 0)), calendar.timegm((2023, 12, 31, 23, 59, 60)))

html = calendar.HTMLCalendar(calendar.MONDAY)
page = html.formatmonth(2024, 3)
print(page)
print(html.formatweekday(0), html.formatmonthname(2024, 3, withyear=False))


class EventCalendar(calendar.HTMLCalendar):
    def __init__(self, events):
        super().__init__(calendar.SUNDAY)
        self.events = events

    def formatday(self, day, weekday):
        if day != 0 and day in self.events:
            return f'<td class="event">{day}: {self.events[day]}</td>'
        return super().formatday(day, weekday)


events = {3: "launch", 14: "review", 28: "party"}
for line in EventCalendar(events).formatmonth(2025, 2).splitlines():
    if "event" in line or "<th" in line:
        print(line)
print(html.cssclasses, html.cssclass_noday)
year_html = html.formatyear(2024, width=4)
print(year_html.count("<table"), year_html.count("<td"), len(year_html.splitlines()))
