import dataclasses
import queue

lifo = queue.LifoQueue()
for item in range(5):
    lifo.put(item)
print([lifo.get() for _ in range(5)])

pq = queue.PriorityQueue()
for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
    pq.put(entry)
print(pq.qsize(), [pq.get() for _ in range(pq.qsize())])

@dataclasses.dataclass(order=True)
class Job:
    priority: int
    name: str = dataclasses.field(compare=False)

jobs = queue.PriorityQueue(maxsize=3)
jobs.put(Job(2, "build"))
jobs.put(Job(0, "lint"))
jobs.put(Job(1, "test"))
print(jobs.full())
while not jobs.empty():
    job = jobs.get_nowait()
    print(job.priority, job.name)

sq = queue.SimpleQueue()
for word in "the quick brown fox".split():
    sq.put(word)
sq.put_nowait("!")
print(sq.qsize(), sq.empty())
print(" ".join(sq.get() for _ in range(sq.qsize())), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")
try:
    sq.get(block=False)
except queue.Empty:
    print("still empty")

# The classes are meant to be subclassed: _init, _put, _get and _qsize.
class SortedQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)

    def _get(self):
        return self.queue.pop()

s = SortedQueue()
for item in [5, 1, 4, 2]:
    s.put(item)
print([s.get() for _ in range(4)])
