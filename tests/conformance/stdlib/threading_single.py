import threading

lock = threading.Lock()
with lock:
    print("locked", lock.locked())
print("unlocked", lock.locked(), lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")
try:
    rlock.release()
except RuntimeError as error:
    print("RuntimeError:", error)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == threading.current_thread().ident)
data = threading.local()
data.value = 42
print(data.value)
event = threading.Event()
print(event.is_set(), event.wait(0))
event.set()
print(event.is_set(), event.wait())
semaphore = threading.Semaphore(2)
print(semaphore.acquire(), semaphore.acquire(), semaphore.acquire(blocking=False))
bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as error:
    print("ValueError:", error)
condition = threading.Condition()
with condition:
    print(condition.wait(0), condition.wait_for(lambda: True))
    condition.notify_all()
worker = threading.Thread(target=print, args=("never started",), name="worker")
print(worker.name, worker.is_alive(), worker.daemon)
