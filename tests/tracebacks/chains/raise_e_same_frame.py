def f():
    try:
        [][1]
    except IndexError as e:
        raise e


f()
