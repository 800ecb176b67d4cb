# kind 2: an exception given another exception's traceback (and its own, in a loop)
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
e = ValueError('x')
e = e.with_traceback(tb)
for i in range(1000):
    e = e.with_traceback(e.__traceback__)
raise e
