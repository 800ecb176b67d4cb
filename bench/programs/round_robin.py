"""A round-robin CPU scheduler: processes on a list used as a queue, state kept on self.

Each process runs for a time slice, does I/O now and then (moving to a blocked list),
and its counters are updated through attribute writes; the scheduler collects turnaround
and waiting statistics at the end.
"""

PROCESSES = 9000
QUANTUM = 3


class Process:
    def __init__(self, pid, burst, io_every, io_time, arrival):
        self.pid = pid
        self.remaining = burst
        self.burst = burst
        self.io_every = io_every
        self.io_time = io_time
        self.arrival = arrival
        self.ran = 0
        self.blocked_until = 0
        self.finished_at = None
        self.switches = 0

    def needs_io(self):
        return self.io_every and self.ran % self.io_every == 0 and self.remaining > 0


class Scheduler:
    def __init__(self, processes, quantum):
        self.pending = sorted(processes, key=lambda p: (p.arrival, p.pid))
        self.ready = []
        self.blocked = []
        self.done = []
        self.quantum = quantum
        self.clock = 0
        self.idle = 0
        self.context_switches = 0

    def admit(self):
        while self.pending and self.pending[0].arrival <= self.clock:
            self.ready.append(self.pending.pop(0))

    def wake(self):
        still_blocked = []
        for process in self.blocked:
            if process.blocked_until <= self.clock:
                self.ready.append(process)
            else:
                still_blocked.append(process)
        self.blocked = still_blocked

    def tick(self):
        self.clock += 1
        self.admit()
        self.wake()

    def run_slice(self, process):
        process.switches += 1
        self.context_switches += 1
        used = 0
        while used < self.quantum and process.remaining > 0:
            process.remaining -= 1
            process.ran += 1
            used += 1
            self.tick()
            if process.needs_io():
                process.blocked_until = self.clock + process.io_time
                self.blocked.append(process)
                return
        if process.remaining == 0:
            process.finished_at = self.clock
            self.done.append(process)
        else:
            self.ready.append(process)

    def run(self):
        self.admit()
        while self.pending or self.ready or self.blocked:
            if self.ready:
                self.run_slice(self.ready.pop(0))
            else:
                self.idle += 1
                self.tick()


processes = []
for pid in range(PROCESSES):
    burst = 5 + (pid * 37) % 60
    io_every = (pid * 11) % 7
    processes.append(Process(pid, burst, io_every, 2 + pid % 9, (pid * 13) % (PROCESSES * 8)))

scheduler = Scheduler(processes, QUANTUM)
scheduler.run()

turnaround = [p.finished_at - p.arrival for p in scheduler.done]
waiting = [t - p.burst for t, p in zip(turnaround, scheduler.done)]
first = scheduler.done[:5]
print([p.pid for p in first], max(turnaround), min(waiting))
print(sum(turnaround) // len(turnaround), sum(waiting) // len(waiting), scheduler.idle)
print(
    "checksum", scheduler.clock, scheduler.context_switches, sum(p.switches * p.pid for p in scheduler.done)
)
