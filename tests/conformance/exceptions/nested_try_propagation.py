log = []
def level3():
    log.append("l3 start")
    raise IndexError("deep")
def level2():
    try:
        level3()
    finally:
        log.append("l2 finally")
def level1():
    try:
        level2()
    except KeyError:
        log.append("l1 wrong handler")
    except IndexError as e:
        log.append(f"l1 handled {e}")
        return "recovered"
print(level1())
print(log)
def rethrow_other():
    try:
        level3()
    except IndexError:
        raise ValueError("converted")
try:
    rethrow_other()
except ValueError as e:
    print(e, type(e.__context__).__name__)
