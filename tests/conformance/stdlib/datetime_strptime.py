import datetime

print(datetime.datetime.strptime("05/06/22 07:08", "%d/%m/%y %H:%M"))
print(datetime.datetime.strptime("2024-03-01T10:00:00", "%Y-%m-%dT%H:%M:%S").isoformat())
try:
    datetime.datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError:
    print("ValueError")
print(datetime.datetime.strptime("Mar 5 2021", "%b %d %Y").date())
print(datetime.datetime.strptime("23:59", "%H:%M").time())
