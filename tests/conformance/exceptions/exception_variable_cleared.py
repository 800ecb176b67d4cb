try:
    raise ValueError("temp")
except ValueError as err:
    print("inside", err)
try:
    err
except NameError:
    print("err was deleted after except")
e = "outer value"
try:
    raise KeyError
except KeyError as e:
    pass
print("e" in dir())
saved = None
try:
    raise TypeError("keep me")
except TypeError as exc:
    saved = exc
print(saved, type(saved).__name__)
def f():
    try:
        1 / 0
    except ZeroDivisionError as local_e:
        pass
    return local_e
f()
