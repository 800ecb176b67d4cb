import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 4), heapq.heapreplace(h, 0), h)
data = [9, 4, 7, 1, 0, 3]
heapq.heapify(data)
print(data, data[0])
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, [4, 1, 7, 3, 9]))
