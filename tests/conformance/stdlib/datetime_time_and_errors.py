import datetime

t = datetime.time(9, 5, 7, 123)
print(t, repr(t), t.hour, t.isoformat(timespec="milliseconds"), t.replace(hour=23), t.strftime("%H-%M"))
print(datetime.time.fromisoformat("10:20:30.5"), datetime.time() < t, datetime.time.max)
for bad in [(24, 0), (1, 60), (0, 0, 0, 10**6)]:
    try:
        datetime.time(*bad)
    except ValueError as error:
        print("ValueError")
datetime.date.fromisoformat("2024-13-01")
