import datetime as dt

laps = [dt.timedelta(minutes=1, seconds=35.4), dt.timedelta(minutes=1, seconds=33.95), dt.timedelta(seconds=97, milliseconds=120)]
total = sum(laps, dt.timedelta())
print(total, total / len(laps), min(laps), max(laps))
print(total / dt.timedelta(seconds=1), total // dt.timedelta(minutes=1), total % dt.timedelta(minutes=1))
print(divmod(total, dt.timedelta(minutes=2)), dt.timedelta(hours=1) * 1.5, 2.5 * dt.timedelta(hours=2))
print(dt.timedelta(days=1) / 7, dt.timedelta(days=1) // 7, round(dt.timedelta(seconds=1) / 3, 9) if False else dt.timedelta(seconds=1) / 3)
print(dt.timedelta(days=-1, seconds=1), -dt.timedelta(seconds=1), dt.timedelta(seconds=-86401))
print(repr(dt.timedelta(hours=-2)), repr(dt.timedelta()), repr(dt.timedelta(days=3, microseconds=7)))
print(bool(dt.timedelta()), bool(dt.timedelta(microseconds=1)), abs(dt.timedelta(days=-2, hours=3)))
print(dt.timedelta(seconds=0.5e-6), dt.timedelta(microseconds=1.5), dt.timedelta(microseconds=2.5))
print(dt.timedelta(days=1, hours=-24) == dt.timedelta(0), hash(dt.timedelta(1)) == hash(dt.timedelta(hours=24)))
for bad in [lambda: dt.timedelta(1) / 0, lambda: dt.timedelta(1) * dt.timedelta(1), lambda: dt.timedelta(1) + 1,
            lambda: dt.timedelta(days=999999999) + dt.timedelta(days=1)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError, OverflowError) as error:
        print(type(error).__name__)  # the pure-Python datetime words its messages differently
