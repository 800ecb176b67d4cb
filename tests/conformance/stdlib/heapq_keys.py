import heapq

people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25), ("ed", 19)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [3, 1]), heapq.nsmallest(1, []))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3])))
print(list(heapq.merge(["a", "bb"], ["ccc"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(heapq.nsmallest(3, "zebra", key=str.upper))
