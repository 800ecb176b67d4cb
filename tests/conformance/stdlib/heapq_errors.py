import heapq

h = [1, 2]
print(heapq.heappop(h), heapq.heappop(h))
try:
    heapq.heappop(h)
except IndexError as error:
    print("IndexError")
heapq.heappush(h, 1)
heapq.heappush(h, "x")
