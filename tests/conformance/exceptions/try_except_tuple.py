def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except (TypeError, ValueError):
        return "type-or-value"
    except Exception:
        return "other"
    else:
        return "ok"
print(classify(lambda: [][0]))
print(classify(lambda: {}[0]))
print(classify(lambda: int("a")))
print(classify(lambda: 1 + "a"))
print(classify(lambda: 1 / 0))
print(classify(lambda: 1))
errs = (ZeroDivisionError, OverflowError)
try:
    1 % 0
except errs as e:
    print("tuple var", type(e).__name__)
