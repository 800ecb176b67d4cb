import queue

q = queue.Queue()
print(q.empty(), q.full(), q.qsize(), q.maxsize)
for item in ["a", "b", "c"]:
    q.put(item)
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.qsize())
q.put_nowait("d")
print([q.get() for _ in range(q.qsize())], q.empty())

bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put(2, block=False)
print(bounded.full(), bounded.qsize())
try:
    bounded.put_nowait(3)
except queue.Full:
    print("Full")
print(bounded.get(), bounded.full())
bounded.put(3)
print([bounded.get_nowait(), bounded.get_nowait()])
try:
    bounded.get_nowait()
except queue.Empty as error:
    print("Empty", repr(error), isinstance(error, Exception))

# task_done / join bookkeeping: join returns at once when every task is done.
work = queue.Queue()
for n in range(4):
    work.put(n)
done = []
while not work.empty():
    n = work.get()
    done.append(n * n)
    work.task_done()
work.join()
print("joined", done, work.unfinished_tasks)
try:
    work.task_done()
except ValueError as error:
    print("ValueError", error)
print(queue.Queue(0).full(), queue.Queue(-1).full())
