def sub(n):
    for i in range(n):
        yield i
    return n * 100
def delegator():
    r1 = yield from sub(2)
    print("sub returned", r1)
    r2 = yield from sub(3)
    print("sub returned", r2)
    return r1 + r2
g = delegator()
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("total", e.value)
        break
print(out)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2), {"k": 0})))
