import datetime as dt

cases = [
    ("2024-03-15 14:30:00", "%Y-%m-%d %H:%M:%S"),
    ("15/03/24", "%d/%m/%y"),
    ("March 15, 2024", "%B %d, %Y"),
    ("Fri Mar 15 2024", "%a %b %d %Y"),
    ("02:30 PM", "%I:%M %p"),
    ("2024-075", "%Y-%j"),
    ("20240315T143000.123456", "%Y%m%dT%H%M%S.%f"),
    ("  2024-03-15", " %Y-%m-%d"),
    ("12%", "%d%%"),
]
for text, fmt in cases:
    print(repr(text), "->", dt.datetime.strptime(text, fmt))
for text, fmt in [("2024-02-30", "%Y-%m-%d"), ("24:00", "%H:%M"), ("2024-03-15 extra", "%Y-%m-%d"), ("abc", "%Y")]:
    try:
        dt.datetime.strptime(text, fmt)
    except ValueError as error:
        print("ValueError")
print(dt.datetime.strptime("1999", "%Y").date(), dt.datetime.strptime("7", "%m").month)
