def robust(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            yield "inf"
        finally:
            print("processed", it)
print(list(robust([5, 0, 2])))
def with_else(n):
    try:
        v = 100 // n
    except ZeroDivisionError:
        yield "error"
    else:
        yield v
        yield v * 2
    finally:
        yield "final"
print(list(with_else(4)), list(with_else(0)))
