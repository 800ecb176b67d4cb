def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g))
print(g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
g2 = accumulator()
try:
    g2.send(1)
except TypeError:
    print("TypeError: send non-None to fresh generator")
