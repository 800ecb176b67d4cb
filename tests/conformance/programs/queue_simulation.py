class Queue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def put(self, x):
        self.inbox.append(x)
    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
    def __len__(self):
        return len(self.inbox) + len(self.outbox)
def simulate(arrivals, service_time):
    q = Queue()
    clock = 0
    busy_until = 0
    waits = []
    events = sorted(arrivals)
    i = 0
    while i < len(events) or len(q):
        if i < len(events) and (not len(q) or events[i] <= busy_until):
            q.put(events[i])
            i += 1
            continue
        arrival = q.get()
        start = max(arrival, busy_until)
        waits.append(start - arrival)
        busy_until = start + service_time
        clock = busy_until
    return waits, clock
w, end = simulate([0, 1, 2, 3, 10, 11, 30], 4)
print(w, end, sum(w) / len(w))
q = Queue()
for x in "abc":
    q.put(x)
print(q.get(), len(q))
q.put("d")
print([q.get() for _ in range(len(q))])
