class Event:
    def __init__(self, name, start, end):
        if end <= start:
            raise ValueError(f"{name}: end before start")
        self.name, self.start, self.end = name, start, end
    def overlaps(self, other):
        return self.start < other.end and other.start < self.end
    def __repr__(self):
        return f"{self.name}[{self.start:02d}-{self.end:02d}]"
class Calendar:
    def __init__(self):
        self.events = []
    def book(self, ev):
        clash = [e for e in self.events if e.overlaps(ev)]
        if clash:
            return f"cannot book {ev}: clashes with {clash}"
        self.events.append(ev)
        self.events.sort(key=lambda e: e.start)
        return f"booked {ev}"
    def free_slots(self, day_start=8, day_end=18):
        slots, t = [], day_start
        for e in self.events:
            if e.start > t:
                slots.append((t, e.start))
            t = max(t, e.end)
        if t < day_end:
            slots.append((t, day_end))
        return slots
cal = Calendar()
for name, s, e in [("standup", 9, 10), ("lunch", 12, 13), ("review", 9, 11), ("1on1", 15, 16), ("focus", 13, 15)]:
    print(cal.book(Event(name, s, e)))
print(cal.events)
print(cal.free_slots())
try:
    Event("bad", 5, 5)
except ValueError as err:
    print("ValueError:", err)
