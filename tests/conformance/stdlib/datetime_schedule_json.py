import datetime as dt
import json


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (dt.date, dt.datetime, dt.time)):
            return {"__type__": type(o).__name__, "value": o.isoformat()}
        if isinstance(o, dt.timedelta):
            return {"__type__": "timedelta", "value": o.total_seconds()}
        return super().default(o)


def decode(obj):
    kind = obj.get("__type__")
    if kind == "timedelta":
        return dt.timedelta(seconds=obj["value"])
    if kind in ("date", "datetime", "time"):
        return getattr(dt, kind).fromisoformat(obj["value"])
    return obj


plan = {
    "title": "Release",
    "starts": dt.datetime(2024, 6, 3, 9, 30),
    "deadline": dt.date(2024, 6, 14),
    "standup": dt.time(10, 15),
    "slack": dt.timedelta(days=2, hours=4),
}
text = json.dumps(plan, cls=DateEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode)
print(back == plan, back["deadline"] - back["starts"].date(), back["starts"] + back["slack"])
try:
    json.dumps({"x": dt.timezone.utc}, cls=DateEncoder)
except TypeError as error:
    print("TypeError", error)
