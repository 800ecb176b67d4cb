def gen(name):
    print(name, "start")
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")
for x in gen("loop"):
    print("got", x)
print("---")
for x in gen("break"):
    print("got", x)
    break
print("after break")
g = gen("explicit")
next(g)
g.close()
print("---")
def nested():
    try:
        yield from gen("inner")
    finally:
        print("outer finally")
n = nested()
print(next(n))
n.close()
print("end")
