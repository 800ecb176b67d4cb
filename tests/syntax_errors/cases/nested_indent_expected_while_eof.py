def f():
    while True:
