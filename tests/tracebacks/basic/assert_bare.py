def check(x):
    assert x > 10


check(3)
