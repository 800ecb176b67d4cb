# kind 6: a generator suspended in try/finally when a hard limit ends the run
def g():
    try:
        yield 1
        while True:
            pass
    finally:
        print('ESCAPED: generator finally after the limit')
for x in g():
    pass
