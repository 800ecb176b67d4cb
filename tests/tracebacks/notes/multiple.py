def f():
    e = KeyError("k")
    e.add_note("note one")
    e.add_note("note two\nwith second line")
    raise e


f()
