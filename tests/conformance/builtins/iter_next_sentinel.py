it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
data = [5, 4, 0, 3]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = iter("xy")
print(next(s), next(s))
try:
    next(s)
except StopIteration:
    print("StopIteration")
try:
    next([1, 2])
except TypeError:
    print("TypeError list is not an iterator")
print(iter(it) is it)
