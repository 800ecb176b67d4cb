try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.add_note("inner note")
        raise
except ZeroDivisionError as e:
    err = RuntimeError("outer")
    err.add_note("outer note")
    raise err from e
