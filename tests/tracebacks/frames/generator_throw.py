def worker():
    while True:
        item = yield
        print("got", item)


w = worker()
next(w)
w.send(1)
w.throw(ValueError("stop"))
