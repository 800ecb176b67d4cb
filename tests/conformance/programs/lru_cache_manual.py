class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = {}
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.data:
            v = self.data.pop(k)
            self.data[k] = v
            self.hits += 1
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.data:
            self.data.pop(k)
        elif len(self.data) >= self.cap:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evict", oldest)
        self.data[k] = v
def cached(cache):
    def deco(fn):
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        return wrapper
    return deco
c = LRU(3)
@cached(c)
def slow_square(n):
    return n * n
for n in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(n, slow_square(n))
print(list(c.data), c.hits, c.misses)
