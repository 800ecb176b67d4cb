e = ValueError("base message")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("added while handling")
        raise
except KeyError as err:
    print(err.__notes__, err.args)
print(hasattr(ValueError(), "__notes__"))
try:
    e.add_note(5)
except TypeError:
    print("TypeError non-str note")
