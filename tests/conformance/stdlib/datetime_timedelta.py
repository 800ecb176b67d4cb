import datetime

td = datetime.timedelta(days=1, hours=25, minutes=-30, seconds=3.5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(-td, abs(-td), td * 2, td / 3, td // datetime.timedelta(hours=1), td % datetime.timedelta(hours=5))
print(datetime.timedelta(microseconds=-1), datetime.timedelta(weeks=52), datetime.timedelta(0) == datetime.timedelta())
print(datetime.timedelta(seconds=90) < datetime.timedelta(minutes=2), sorted([td, datetime.timedelta(1)]))
print(datetime.timedelta.max, datetime.timedelta.min, datetime.timedelta.resolution)
try:
    datetime.timedelta(days=10**9)
except OverflowError as error:
    print("OverflowError")
