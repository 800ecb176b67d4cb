import queue

# With nobody else to put or get, a timeout runs out and raises.
q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("get timed out")
q.put("x")
try:
    q.put("y", timeout=0.01)
except queue.Full:
    print("put timed out")
try:
    q.put("y", True, 0)
except queue.Full:
    print("put with zero timeout")
print(q.get(timeout=0.01))

for action in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        action()
    except ValueError as error:
        print("ValueError", error)

sq = queue.SimpleQueue()
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("simple get timed out")
sq.put(1)
print(sq.get(timeout=5))

lq = queue.LifoQueue()
print(lq.get(block=False) if lq.qsize() else "nothing to get")
lq.put("only")
print(lq.get(True, 1.5))

# Full and Empty are ordinary exception classes.
print(issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))
try:
    raise queue.Full("custom")
except queue.Full as error:
    print(repr(error))
