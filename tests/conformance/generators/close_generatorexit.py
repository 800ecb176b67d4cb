def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("got GeneratorExit, cleaning up")
        raise
    finally:
        print("finally in worker")
w = worker()
print(next(w))
w.close()
print("closed")
w.close()
print(next(w, "exhausted"))
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
i = ignores()
next(i)
try:
    i.close()
except RuntimeError:
    print("RuntimeError: generator ignored GeneratorExit")
def never_started():
    print("never runs")
    yield
n = never_started()
n.close()
print("closed unstarted")
