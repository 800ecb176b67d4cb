"""A discrete-event simulation of a small print shop, driven by a heap of timed events.

Jobs arrive, wait in per-class queues, are served by printers that break down and get
repaired; every event is an instance ordered by (time, sequence) on a heapq.
"""

import heapq
import random
from collections import deque

JOBS = 25000
PRINTERS = 4


class Event:
    def __init__(self, time, seq, kind, payload=None):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.payload = payload

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)


class Job:
    def __init__(self, job_id, pages, priority, arrived):
        self.job_id = job_id
        self.pages = pages
        self.priority = priority
        self.arrived = arrived
        self.started = None
        self.finished = None

    @property
    def waited(self):
        return self.started - self.arrived


class Printer:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.current = None
        self.broken = False
        self.pages_printed = 0
        self.busy_time = 0

    def is_free(self):
        return self.current is None and not self.broken


class Shop:
    def __init__(self, rng, printers):
        self.rng = rng
        self.clock = 0
        self.seq = 0
        self.events = []
        self.queues = {"urgent": deque(), "normal": deque(), "bulk": deque()}
        self.printers = printers
        self.done = []
        self.breakdowns = 0
        self.log = []

    def schedule(self, delay, kind, payload=None):
        self.seq += 1
        heapq.heappush(self.events, Event(self.clock + delay, self.seq, kind, payload))

    def next_job(self):
        for name in ("urgent", "normal", "bulk"):
            queue = self.queues[name]
            if queue:
                return queue.popleft()
        return None

    def dispatch(self):
        for printer in self.printers:
            if not printer.is_free():
                continue
            job = self.next_job()
            if job is None:
                return
            job.started = self.clock
            printer.current = job
            duration = 1 + job.pages // printer.speed
            self.schedule(duration, "finish", printer)

    def on_arrival(self, job):
        self.queues[job.priority].append(job)
        self.dispatch()

    def on_finish(self, printer):
        job = printer.current
        if job is None:
            return
        job.finished = self.clock
        printer.pages_printed += job.pages
        printer.busy_time += job.finished - job.started
        printer.current = None
        self.done.append(job)
        if self.rng.random() < 0.02:
            printer.broken = True
            self.breakdowns += 1
            self.schedule(self.rng.randint(20, 60), "repair", printer)
        self.dispatch()

    def on_repair(self, printer):
        printer.broken = False
        self.log.append((self.clock, printer.name))
        self.dispatch()

    def run(self):
        handlers = {"arrive": self.on_arrival, "finish": self.on_finish, "repair": self.on_repair}
        while self.events:
            event = heapq.heappop(self.events)
            self.clock = event.time
            handlers[event.kind](event.payload)


rng = random.Random(42)
printers = [Printer(f"p{i}", speed) for i, speed in enumerate([5, 8, 10, 12][:PRINTERS])]
shop = Shop(rng, printers)
time = 0
for job_id in range(JOBS):
    time += rng.randint(0, 4)
    priority = rng.choices(["urgent", "normal", "bulk"], weights=[1, 6, 3])[0]
    pages = rng.randint(1, 20) if priority != "bulk" else rng.randint(30, 120)
    shop.seq += 1
    heapq.heappush(shop.events, Event(time, shop.seq, "arrive", Job(job_id, pages, priority, time)))
shop.run()

waits = {}
for job in shop.done:
    waits.setdefault(job.priority, []).append(job.waited)
for priority in ("urgent", "normal", "bulk"):
    values = waits.get(priority, [])
    print(priority, len(values), max(values), sum(values) // len(values))
for printer in printers:
    print(printer.name, printer.pages_printed, printer.busy_time)
slowest = max(shop.done, key=lambda job: (job.finished - job.arrived, -job.job_id))
print("slowest", slowest.job_id, slowest.priority, slowest.finished - slowest.arrived)
print(
    "checksum", len(shop.done), shop.clock, shop.breakdowns, len(shop.log), sum(j.finished for j in shop.done)
)
