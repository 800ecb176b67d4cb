# kind jail: the native _heapq under CPython's heapq.py (the host's C functions as Builtins): their host function, module or type internals, and the program's own __lt__ run from inside them (mutating the heap, raising, pausing, re-entering heapq), on lists, list subclasses and a heap holding itself
import _heapq
import heapq
import time

natives = [getattr(_heapq, name) for name in dir(_heapq) if name.startswith(("heap", "_heap"))]
for fn in natives:
    for name in ("__self__", "__module__", "__globals__", "__code__", "__wrapped__", "fn", "__func__",
                 "__reduce__", "__dict__", "__text_signature__", "__subclasses__", "__mro__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        text = repr(v)
        if "interp" in text or "<module" in text or "<function _" in text or "built-in" in text:
            print("ESCAPED", fn, name, text[:100])
print(sorted(vars(_heapq))[:3], type(_heapq.__about__).__name__)


class Mutator:
    def __init__(self, heap, n):
        self.heap, self.n = heap, n

    def __lt__(self, other):
        self.heap.append(Mutator(self.heap, self.n + 1))
        if len(self.heap) > 50:
            self.heap.clear()
        return self.n < other.n


heap = []
for i in range(5):
    try:
        heapq.heappush(heap, Mutator(heap, i))
    except Exception as e:
        print(type(e).__name__)
print(len(heap) <= 51)


class Sleeper:
    def __lt__(self, other):
        time.sleep(0.001)
        return True


try:
    heapq.heapify([Sleeper(), Sleeper(), Sleeper()])
except Exception as e:
    print("pause refused:", type(e).__name__)


class Reentrant:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        inner = [3, 1, 2]
        heapq.heapify(inner)
        return self.n + inner[0] < other.n + heapq.heappop(inner)


h = [Reentrant(i) for i in range(30, 0, -1)]
heapq.heapify(h)
print([heapq.heappop(h).n for _ in range(5)])


class Fancy(list):
    def __getitem__(self, i):
        print("ESCAPED? C never calls this, CPython neither")
        return list.__getitem__(self, i)


f = Fancy([5, 1, 4])
heapq.heapify(f)
print(list.__getitem__(f, 0))
selfish = []
selfish.append(selfish)
try:
    heapq.heappush(selfish, selfish)
    heapq.heappush(selfish, 1)
except TypeError as e:
    print(type(e).__name__)
for bad in (None, (1, 2), {1: 2}, "abc"):
    try:
        heapq.heappush(bad, 1)
    except TypeError as e:
        print(e)
try:
    heapq.heapify(list(range(10**6)))
    print("big heapify done")
except MemoryError:
    print("MemoryError")
