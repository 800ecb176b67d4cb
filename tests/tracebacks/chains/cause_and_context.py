try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("outer") from KeyError("explicit")
