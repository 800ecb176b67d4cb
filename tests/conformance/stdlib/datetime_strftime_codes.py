import datetime as dt

moment = dt.datetime(2024, 7, 4, 9, 5, 3, 7000)
for code in ["%Y", "%y", "%m", "%B", "%b", "%d", "%j", "%A", "%a", "%w", "%u" if False else "%W", "%U",
             "%H", "%I", "%p", "%M", "%S", "%f", "%%", "%G-W%V", "%c", "%x", "%X"]:
    print(code, "->", moment.strftime(code))
print(moment.strftime("%d/%m/%Y at %H:%M"), f"{moment:%Y-%m-%d}", format(moment.date(), "%A %d %B"))
print(dt.date(2024, 12, 30).strftime("%G %V %Y"), dt.date(2021, 1, 3).strftime("%G-%V"))
print(dt.time(23, 59, 1).strftime("%I:%M %p"), dt.time(0, 0).strftime("%I %p"), dt.time(12).strftime("%I %p"))
print("{:%H:%M}".format(dt.time(7, 8)), f"{dt.date(2024, 1, 1)!r}", f"{dt.date(2024, 1, 1)}")
print(moment.strftime(""), moment.strftime("literal text"), dt.datetime(1, 1, 1).strftime("%Y"))
