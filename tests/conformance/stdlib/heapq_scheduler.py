import heapq
import itertools

counter = itertools.count()
queue = []


def add(priority, name):
    heapq.heappush(queue, (priority, next(counter), name))


for priority, name in [(3, "write"), (1, "read"), (2, "parse"), (1, "open"), (5, "close")]:
    add(priority, name)
order = []
while queue:
    priority, _, name = heapq.heappop(queue)
    order.append(name)
    if name == "parse":
        add(0, "validate")
print(order)
