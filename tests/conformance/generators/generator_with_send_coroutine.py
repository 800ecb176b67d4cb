def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(f"{a.send(v):.2f}")
def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
g = grep("py")
next(g)
for line in ["python", "java", "pypy", "go"]:
    g.send(line)
g.close()
