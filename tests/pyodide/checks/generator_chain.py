def g(n):
    yield n
    yield from g(n + 1)


try:
    for _ in g(0):
        pass
except RecursionError:
    print("RecursionError")
print("ok")
